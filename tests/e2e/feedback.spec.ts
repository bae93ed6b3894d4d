import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoViolations } from '../a11y/axe-check.ts';

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

test('an email without consent is refused beside the field, and nothing is stored', async ({ page, request }) => {
  const problem = `Consent check (${Date.now()})`;
  await page.goto('/status/');
  const form = await fillWidget(page, problem);
  await form.getByLabel('Email address (optional)').fill('reader@example.org');
  await form.getByRole('button', { name: 'Send feedback' }).click();
  await expect(form.locator('#fb-consent-error')).toBeVisible();
  await expect(form.locator('#fb-consent-error')).not.toBeEmpty();
  expect(await itemsFor(request, problem)).toEqual([]);
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

for (const path of ['/feedback/thanks/', '/privacy/', '/you-said-we-did/', '/staff/']) {
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
