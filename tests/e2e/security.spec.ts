/**
 * Security headers (issue 12): every page template, in English and in Arabic, loads under the Content-Security-Policy
 * that `npm start` sends (no 'unsafe-inline' for scripts), and on them a reader searches, opens the explorer, changes
 * the map year and sends feedback: any CSP violation report fails the test.
 */
import { expect, test, type Page } from '@playwright/test';

/** One page of every template (src/pages), the default language first. */
const TEMPLATES = [
  '/', '/goals/1/', '/indicators/1-2-1/', '/indicators/1-2-1/data/', '/indicators/1-2-1/media/', '/indicators/3-9-1/',
  '/embed/1-2-1/', '/status/', '/search/', '/citizens/', '/media/', '/researchers/', '/concepts/', '/concepts/median/',
  '/stories/', '/stories/women-in-parliament/', '/stories/goal/5/', '/releases/', '/privacy/', '/you-said-we-did/',
  '/feedback/thanks/', '/staff/', '/no-such-page/', '/1-2-1/',
];
const LANGUAGES = ['', '/ar'];
/** Stories are written per language; the bundled ones are in English only. */
const ENGLISH_ONLY = new Set(['/stories/women-in-parliament/', '/stories/goal/5/']);

/** Collects CSP violations (the browser's event, and its console message) from before the first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  return violations;
}

for (const lang of LANGUAGES) {
  for (const template of TEMPLATES.filter((t) => lang === '' || !ENGLISH_ONLY.has(t))) {
    const path = `${lang}${template}`;
    test(`${path} runs under the CSP with no violation`, async ({ page }) => {
      const violations = await watchViolations(page);
      const res = await page.goto(path);
      const csp = res!.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
      expect(csp).not.toContain('unsafe-inline\' \'sha');
      expect(csp.match(/script-src[^;]*/)![0]).not.toContain('unsafe-inline');
      expect(csp).toContain(template.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'");
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });
  }

  test(`${lang || 'en'}: search, the explorer, the map year and feedback run under the CSP`, async ({ page }) => {
    const violations = await watchViolations(page);

    await page.goto(`${lang}/search/`);
    await page.locator('.pagefind-ui__search-input').fill('8.5.1');
    await expect(page.locator('.pagefind-ui__result-link').first()).toContainText('8.5.1');

    await page.goto(`${lang}/indicators/3-9-1/`);
    await page.locator('[data-explore]').click();
    await expect(page.locator('[data-explorer-controls] form')).toBeVisible();
    const year = page.locator('#map-year');
    const first = await year.locator('option').first().getAttribute('value');
    await year.selectOption(first!);
    await expect(page.locator('[data-map-desc]')).toContainText(first!);

    const form = page.locator('form[data-feedback]');
    await form.locator('input[name="useful"][value="no"]').check();
    await form.locator('button[type="submit"]').click();
    await expect(form.getByRole('status')).toHaveText((await form.getAttribute('data-sent'))!);

    expect(violations).toEqual([]);
  });
}

test('every answer carries the security headers; only embeds may be framed, never the staff page', async ({ request }) => {
  for (const [path, framing] of [
    ['/', "'none'"], ['/embed/1-2-1/', '*'], ['/ar/embed/1-2-1/', '*'], ['/staff/', "'none'"], ['/ar/staff/', "'none'"],
    ['/downloads/indicator_1-2-1.csv', "'none'"], ['/downloads/charts/1-2-1-1200x675.svg', "'none'"], ['/api/feedback/public', "'none'"], ['/no-such-page/', "'none'"],
  ] as const) {
    const res = await request.get(path);
    const headers = res.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    expect(headers['content-security-policy'], path).toContain(`frame-ancestors ${framing}`);
  }
  expect((await request.get('/_headers')).status()).toBe(404);
  expect((await request.get('/vercel.json')).status()).toBe(404);
});
