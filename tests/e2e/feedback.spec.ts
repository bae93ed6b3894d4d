import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoViolations } from '../a11y/axe-check.ts';
import { ar } from '../../src/i18n/ar.ts';
import { en, type UiKey } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';

const ADMIN = { Authorization: 'Bearer e2e-admin-token' };
type Item = { id: string; page: string; useful: string; doing?: string; problem?: string; group?: string; email?: string };

async function itemsFor(request: APIRequestContext, problem: string): Promise<Item[]> {
  const res = await request.get('/api/feedback', { headers: ADMIN });
  expect(res.status()).toBe(200);
  return ((await res.json()).items as Item[]).filter((i) => i.problem === problem);
}

async function fillWidget(page: Page, problem: string) {
  const form = page.locator('form[data-feedback]');
  await form.getByLabel('No').check();
  await form.getByText('Tell us more (optional)').click();
  await form.getByLabel('What were you trying to do?').fill('Find the latest poverty rate');
  await form.getByLabel('What went wrong or what is missing?').fill(problem);
  await form.getByLabel('Which best describes you?').selectOption('media');
  return form;
}

test('with JavaScript on, feedback is sent in place and stored without the query string', async ({ page, request }) => {
  const problem = `No regional breakdown (js ${Date.now()})`;
  await page.goto('/indicators/1-2-1/?utm_source=newsletter');
  const form = await fillWidget(page, problem);
  await form.getByRole('button', { name: 'Send feedback' }).click();
  await expect(form.getByRole('status')).toHaveText('Thank you. Your feedback has been sent.');
  await expect(page).toHaveURL(/\/indicators\/1-2-1\/\?utm_source=newsletter$/);
  const [item, ...more] = await itemsFor(request, problem);
  expect(more).toEqual([]);
  expect(item).toMatchObject({ page: '/indicators/1-2-1/', useful: 'no', doing: 'Find the latest poverty rate', group: 'media' });
});

/** One error as the summary lists it, in a language: the field's label and the message. */
const listed = (strings: Record<UiKey, string>, field: 'feedback.consentLabel', code: 'feedback.error.consent') =>
  strings['feedback.error.item'].replace('{label}', strings[field]).replace('{message}', strings[code]);

/** The page is no wider than the window: nothing to scroll sideways on a phone. */
async function expectNoSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
}

for (const [width, height] of [[390, 844], [1280, 800]] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    for (const [lang, strings, prefix] of [['English', en, ''], ['Arabic', ar, '/ar']] as const) {
      test(`${lang}: an email without consent is refused beside the field and in a summary above the fields, in the page’s language, and nothing is stored`, async ({ page, request }) => {
        const problem = `Consent check ${lang} ${width} (${Date.now()})`;
        await page.goto(`${prefix}/status/`);
        const form = page.locator('form[data-feedback]');
        await form.locator('input[name="useful"][value="no"]').check();
        await form.locator('summary').click();
        await form.locator('#fb-problem').fill(problem);
        await form.locator('#fb-email').fill('reader@example.org');
        await form.locator('button[type="submit"]').click();
        // Beside the field it is about, in the page's language.
        const beside = form.locator('#fb-consent-error');
        await expect(beside).toHaveText(strings['feedback.error.consent']);
        await expect(form.locator('#fb-consent')).toHaveAttribute('aria-invalid', 'true');
        const consentBox = (await form.locator('.fb-check').boundingBox())!;
        const besideBox = (await beside.boundingBox())!;
        expect(besideBox.y).toBeGreaterThanOrEqual(consentBox.y);
        expect(besideBox.y + besideBox.height).toBeLessThanOrEqual(consentBox.y + consentBox.height + 1);
        // "Please correct the fields marked below": the summary is above every field, in view, and has focus.
        const summary = form.locator('.fb-summary');
        await expect(summary).toBeFocused();
        await expect(summary).toBeInViewport();
        await expect(summary).toContainText(strings['feedback.fix']);
        const link = summary.getByRole('link', { name: listed(strings, 'feedback.consentLabel', 'feedback.error.consent') });
        await expect(link).toBeVisible();
        await expect(summary.getByRole('listitem')).toHaveCount(1);
        expect((await summary.boundingBox())!.y).toBeLessThan((await form.locator('fieldset').first().boundingBox())!.y);
        await expectNoSidewaysScroll(page);
        // The link takes the reader to the field.
        await link.click();
        await expect(form.locator('#fb-consent')).toBeFocused();
        await expect(beside).toBeInViewport();
        expect(await itemsFor(request, problem)).toEqual([]);
      });
    }

    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });
      for (const [lang, strings, prefix] of [['English', en, ''], ['French', fr, '/fr'], ['Arabic', ar, '/ar']] as const) {
        test(`a refused answer lands on the site’s error page in ${lang}, with the error and a way back`, async ({ page, request }) => {
          const problem = `Consent, no-js ${lang} ${width} (${Date.now()})`;
          await page.goto(`${prefix}/goals/1/`);
          const form = page.locator('form[data-feedback]');
          await form.locator('input[name="useful"][value="no"]').check();
          await form.locator('summary').click();
          await form.locator('#fb-problem').fill(problem);
          await form.locator('#fb-email').fill('reader@example.org');
          const [response] = await Promise.all([page.waitForResponse('**/api/feedback'), form.locator('button[type="submit"]').click()]);
          expect(response.status()).toBe(400);
          // The site's layout: its language and direction, header and footer; the error page's own heading.
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'English' ? 'en' : lang === 'French' ? 'fr' : 'ar');
          await expect(page.locator('html')).toHaveAttribute('dir', lang === 'Arabic' ? 'rtl' : 'ltr');
          await expect(page.locator('body > header').first()).toBeVisible();
          await expect(page.locator('body > footer').first()).toBeAttached();
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings['feedback.error.title']);
          const items = page.locator('.fb-error-summary li:visible');
          await expect(items).toHaveCount(1);
          await expect(items).toHaveText(listed(strings, 'feedback.consentLabel', 'feedback.error.consent'));
          await expectNoSidewaysScroll(page);
          // No empty feedback form under the error, to be mistaken for the one to correct.
          await expect(page.locator('form[data-feedback]')).toHaveCount(0);
          // Nothing the reader wrote comes back in the page.
          expect(await page.content()).not.toContain(problem);
          await page.locator('a[data-fb-back]').click();
          await expect(page).toHaveURL(new RegExp(`${prefix}/goals/1/#fb-title$`));
          expect(await itemsFor(request, problem)).toEqual([]);
        });
      }
    });
  });
}

test('an error that is about no field (too many answers) is said in the summary, not as a connection problem', async ({ page }) => {
  await page.route('**/api/feedback', (route) => route.fulfill({
    status: 429, contentType: 'application/json',
    body: JSON.stringify({ errors: { body: 'Too many submissions from your connection. Please wait a minute and try again.' }, codes: { body: 'rateLimited' } }),
  }));
  await page.goto('/status/');
  const form = page.locator('form[data-feedback]');
  await form.getByLabel('Yes').check();
  await form.getByRole('button', { name: 'Send feedback' }).click();
  const summary = form.locator('.fb-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(en['feedback.error.title']);
  await expect(summary).toContainText(en['feedback.error.rateLimited']);
  await expect(form.getByRole('status')).toHaveText('');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the plain form posts and lands on the thank-you page', async ({ page, request }) => {
    const problem = `No regional breakdown (no-js ${Date.now()})`;
    await page.goto('/goals/1/');
    const form = page.locator('form[data-feedback]');
    await form.getByLabel('Yes').check();
    await form.getByText('Tell us more (optional)').click();
    await form.getByLabel('What went wrong or what is missing?').fill(problem);
    await form.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page).toHaveURL(/\/feedback\/thanks\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    const [item] = await itemsFor(request, problem);
    expect(item).toMatchObject({ page: '/goals/1/', useful: 'yes' });
  });
});

// axe needs JavaScript to run, so the page the server answers a plain form post with is checked with it on:
// `form.submit()` posts the form as a browser without JavaScript does (no submit event for the widget's script).
test('axe finds no WCAG 2.2 AA violation on the error page as a refused answer shows it, in Arabic', async ({ page }) => {
  await page.goto('/ar/goals/1/');
  const form = page.locator('form[data-feedback]');
  await form.locator('input[name="useful"][value="no"]').check();
  await form.locator('summary').click();
  await form.locator('#fb-email').fill('reader@example.org');
  await Promise.all([page.waitForURL('**/api/feedback'), form.evaluate((f) => (f as HTMLFormElement).submit())]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['feedback.error.title']);
  await expect(page.locator('.fb-error-summary li:visible')).toHaveCount(1);
  await expectNoViolations(page);
});

test('staff filter by part of an address, and "You said, we did" shows their summary, never the reader’s words', async ({ page, request }) => {
  const stamp = Date.now();
  const words = `The 8.5 tables have no regional figures, I work at Acme (${stamp})`;
  const summary = `A reader asked for regional figures for indicator 8.5.1 (${stamp}).`;
  for (const [path, problem] of [['/indicators/8-5-1/', words], ['/fr/indicators/8-5-2/', `other 8.5 ${stamp}`], ['/indicators/8-6-1/', `not 8.5 ${stamp}`]]) {
    expect((await request.post('/api/feedback', { data: { page: path, useful: 'no', problem } })).status()).toBe(201);
  }
  await page.goto('/staff/');
  await page.getByLabel(/token/i).fill('e2e-admin-token');
  await page.getByLabel(/token/i).press('Enter');
  await page.getByLabel('Page address contains').fill('/indicators/8-5');
  await page.getByRole('button', { name: 'Show' }).click();
  const queue = page.locator('#staff-queue');
  await expect(queue.getByText(`other 8.5 ${stamp}`)).toBeVisible();
  await expect(queue.getByText(words)).toBeVisible();
  await expect(queue.getByText(`not 8.5 ${stamp}`)).toHaveCount(0);
  const pages = await queue.locator('h3 a').allTextContents();
  expect(pages.length).toBeGreaterThan(0);
  for (const p of pages) expect(p).toContain('/indicators/8-5');
  // The queue as staff see it, filtered, passes axe too.
  await expectNoViolations(page);

  const item = queue.locator('li', { hasText: words });
  await item.getByLabel('Response', { exact: true }).fill('We added regional figures to the 8.5.1 page.');
  await item.getByRole('checkbox', { name: /You said, we did/ }).check();
  await item.getByRole('button', { name: 'Save' }).click();
  // Publishing needs the staff's own summary.
  await expect(item.getByRole('status')).toContainText('Write a public summary and a response before showing an item on “You said, we did”.');
  await item.getByLabel('Public summary', { exact: true }).fill(summary);
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByRole('status')).toHaveText('Saved.');

  await page.goto('/you-said-we-did/');
  const entry = page.locator('.said-did-item', { hasText: summary });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('We added regional figures to the 8.5.1 page.');
  await expect(page.locator('#said-did')).not.toContainText(words);
  await expect(page.locator('#said-did')).not.toContainText('Acme');
  await expectNoViolations(page);
});

test('hostile feedback reaches the staff page as text, never as code', async ({ page, request }) => {
  const problem = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> ${Date.now()}`;
  const res = await request.post('/api/feedback', { data: { page: '/', useful: 'no', problem } });
  expect(res.status()).toBe(201);
  await page.goto('/staff/');
  await page.getByLabel(/token/i).fill('e2e-admin-token');
  await page.getByLabel(/token/i).press('Enter');
  await expect(page.getByText(problem).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
});

for (const path of ['/feedback/thanks/', '/privacy/', '/you-said-we-did/', '/staff/', '/feedback/error/', '/ar/feedback/error/', '/ar/you-said-we-did/', '/ar/staff/', '/ar/status/']) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test('the widget opens and works by keyboard alone', async ({ page }) => {
  await page.goto('/status/');
  const form = page.locator('form[data-feedback]');
  await form.getByLabel('Yes').focus();
  await page.keyboard.press('Space');
  await expect(form.getByLabel('Yes')).toBeChecked();
  await form.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('What were you trying to do?')).toBeVisible();
  await form.getByRole('button', { name: 'Send feedback' }).focus();
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toHaveText('Thank you. Your feedback has been sent.');
});
