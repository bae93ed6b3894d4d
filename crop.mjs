// node crop.mjs in.png out.png top height  — crops a full-page screenshot to a window using Chromium
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [src, out, top, height] = process.argv.slice(2);
const b64 = readFileSync(src).toString('base64');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setContent(`<img id=i src="data:image/png;base64,${b64}" style="display:block">`);
const w = await page.evaluate(() => document.getElementById('i').naturalWidth);
await page.setViewportSize({ width: w, height: Number(height) });
await page.evaluate((t) => window.scrollTo(0, t), Number(top));
await page.screenshot({ path: out });
await browser.close();
