// Usage: node shot.mjs <baseURL> <outPrefix> <path>...  (screenshots at 390 and 1280 px)
import { chromium } from '@playwright/test';
const [base, prefix, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const width of [390, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 } });
  const page = await ctx.newPage();
  for (const p of paths) {
    await page.goto(base + p);
    const name = `${prefix}-${p.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`;
    await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: process.env.FULL === '1' });
    console.log(name);
  }
  await ctx.close();
}
await browser.close();
