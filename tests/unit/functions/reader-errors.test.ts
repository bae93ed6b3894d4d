/**
 * What a reader sees when feedback is refused: a code per error (for the widget), and without JavaScript the
 * site's own error page in the reader's language with only the errors that apply, and nothing the reader sent.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fileErrorPages } from '../../../src/functions/adapters/node.ts';
import { createLazyFeedbackHandler, handlerOptionsFromEnv } from '../../../src/functions/from-env.ts';
import { fetchErrorPages, fieldErrorCodes, fillErrorPage } from '../../../src/functions/reader-errors.ts';
import { MESSAGES } from '../../../src/functions/schema.ts';
import { createMemoryStore } from './fake-store.ts';
import { formPost, jsonPost, makeHandler, ORIGIN, VALID } from './helpers.ts';

/** The shape Astro builds src/pages/[...lang]/feedback/error.astro into (scoped-style attributes after `hidden`). */
const TEMPLATE = `<!doctype html><html lang="fr" dir="ltr"><head><title>Votre avis n’a pas été envoyé</title></head><body><main>
<h1>Votre avis n’a pas été envoyé</h1><div class="fb-error-summary" data-astro-cid-x><ul data-astro-cid-x>
<li data-fb-error="useful:useful" hidden data-astro-cid-x>Choisissez oui ou non.</li>
<li data-fb-error="doing:textLength" hidden data-astro-cid-x>Trop long.</li>
<li data-fb-error="email:email" hidden data-astro-cid-x>Adresse invalide.</li>
<li data-fb-error="consent:consent" hidden data-astro-cid-x>Cochez la case.</li>
<li data-fb-error="body:rateLimited" hidden data-astro-cid-x>Trop de réponses.</li>
<li data-fb-error="other" data-astro-cid-x>Problème de notre côté.</li>
</ul></div><p><a data-fb-back href="/fr/" data-astro-cid-x>Revenir à la page</a></p></main></body></html>`;

const shown = (html: string) => [...html.matchAll(/<li data-fb-error="([^"]+)"(?![^>]*\bhidden\b)/g)].map((m) => m[1]);

describe('error codes', () => {
  it.each([
    [{ page: MESSAGES.pageShape }, { page: 'page' }],
    [{ useful: MESSAGES.useful, consent: MESSAGES.consent }, { useful: 'useful', consent: 'consent' }],
    [{ doing: MESSAGES.textLength, problem: MESSAGES.textChars }, { doing: 'textLength', problem: 'textChars' }],
    [{ group: MESSAGES.group, email: MESSAGES.email }, { group: 'group', email: 'email' }],
    [{ problem: MESSAGES.textType }, { problem: 'other' }],
  ])('%j → %j', (errors, codes) => {
    expect(fieldErrorCodes(errors)).toEqual(codes);
  });
});

describe('fillErrorPage', () => {
  it('shows the items that apply and hides the generic one', () => {
    const html = fillErrorPage(TEMPLATE, { email: 'email', consent: 'consent' }, '/fr/goals/1/')!;
    expect(shown(html)).toEqual(['email:email', 'consent:consent']);
    expect(html).toContain('<a data-fb-back href="/fr/goals/1/#fb-title" data-astro-cid-x>');
  });

  it('keeps the generic item when no precise one applies', () => {
    expect(shown(fillErrorPage(TEMPLATE, { server: 'other', origin: 'other', nosuch: 'useful' }, '/')!)).toEqual(['other']);
  });

  it('escapes the back link (a valid path may hold quotes and ampersands)', () => {
    const html = fillErrorPage(TEMPLATE, { useful: 'useful' }, "/a'b&c/")!;
    expect(html).toContain('href="/a&#39;b&#38;c/#fb-title"');
  });

  it('refuses a page that is not the error page', () => {
    expect(fillErrorPage('<!doctype html><p>Not found</p>', { useful: 'useful' }, '/')).toBeUndefined();
  });
});

describe('a form post without JavaScript is answered with the site’s error page', () => {
  const html = { accept: 'text/html,application/xhtml+xml' };
  const withPage = (extra: Parameters<typeof makeHandler>[0] = {}) => {
    const errorPage = vi.fn(async (_path: string, _request: Request) => TEMPLATE);
    return { errorPage, ...makeHandler({ errorPage, languagePrefixes: ['fr', 'ar'], ...extra }) };
  };

  it('in the language of the page, with the field errors and nothing the reader wrote', async () => {
    const { handler, errorPage } = withPage();
    const res = await handler(formPost({ page: '/fr/indicators/1-2-1/', useful: 'no', problem: '<script>alert(1)</script> mon avis', email: 'ana@example.org' }, html));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(errorPage.mock.calls[0]![0]).toBe('/fr/feedback/error/');
    const body = await res.text();
    expect(shown(body)).toEqual(['consent:consent']);
    expect(body).toContain('href="/fr/indicators/1-2-1/#fb-title"');
    expect(body).not.toMatch(/script|mon avis|ana@example/);
  });

  it('in the default language when the page names no language the site has', async () => {
    const { handler, errorPage } = withPage();
    await handler(formPost({ page: '/xx/goals/1/', useful: 'maybe' }, html));
    expect(errorPage.mock.calls[0]![0]).toBe('/feedback/error/');
  });

  it('for a refusal before the body is read, finds the page from the Referer of this site only', async () => {
    const { handler, errorPage } = withPage({ rateLimit: { max: 1, windowMs: 60_000 } });
    expect((await handler(formPost(VALID, html))).status).toBe(303);
    const res = await handler(formPost(VALID, { ...html, referer: `${ORIGIN}/ar/goals/1/?q=x` }));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(errorPage.mock.calls[0]![0]).toBe('/ar/feedback/error/');
    const body = await res.text();
    expect(shown(body)).toEqual(['body:rateLimited']);
    expect(body).toContain('href="/ar/goals/1/#fb-title"');
    const elsewhere = await handler(formPost(VALID, { ...html, referer: 'https://evil.example/ar/x/' }));
    expect(await elsewhere.text()).toContain('href="/#fb-title"');
  });

  it('when storing fails, and when the request comes from another origin', async () => {
    const store = createMemoryStore();
    store.insert = () => Promise.reject(new Error('disk full'));
    const { handler } = withPage({ store });
    const failed = await handler(formPost(VALID, html));
    expect(failed.status).toBe(500);
    const body = await failed.text();
    expect(shown(body)).toEqual(['other']);
    expect(body).not.toContain('disk full');
    const foreign = await handler(formPost(VALID, { ...html, origin: 'https://evil.example' }));
    expect(foreign.status).toBe(403);
    expect(shown(await foreign.text())).toEqual(['other']);
  });

  it('falls back to the plain page when the error page cannot be had', async () => {
    const { handler } = makeHandler({ errorPage: async () => { throw new Error('offline'); } });
    const res = await handler(formPost({ page: '/', useful: 'maybe' }, html));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose yes or no.');
  });

  it('answers scripts with JSON and codes, as before', async () => {
    const { handler, errorPage } = withPage();
    const res = await handler(jsonPost({ ...VALID, email: 'ana@example.org' }));
    expect(await res.json()).toEqual({ errors: { consent: MESSAGES.consent }, codes: { consent: 'consent' } });
    expect(errorPage).not.toHaveBeenCalled();
  });
});

describe('what a browser sends without JavaScript is accepted when the form accepted it', () => {
  const html = { accept: 'text/html' };
  it('two full boxes of Chinese, form-encoded (9 bytes a character)', async () => {
    const { handler } = makeHandler();
    const res = await handler(formPost({ ...VALID, doing: '数'.repeat(2000), problem: 'ب'.repeat(2000) }, html));
    expect(res.status).toBe(303);
  });

  it('a full box with line breaks, which the browser counts as one character and sends as two', async () => {
    const { handler, store } = makeHandler();
    const typed = `${'ab\n'.repeat(666)}ab`;
    expect(typed.length).toBe(2000);
    expect((await handler(formPost({ ...VALID, doing: typed.replace(/\n/g, '\r\n') }, html))).status).toBe(303);
    expect((await store.list({ limit: 1 }))[0]?.doing).toBe(typed.replace(/\n/g, '\r\n'));
    const res = await handler(jsonPost({ ...VALID, doing: `${typed}c`.replace(/\n/g, '\r\n') }));
    expect(await res.json()).toEqual({ errors: { doing: MESSAGES.textLength }, codes: { doing: 'textLength' } });
  });
});

describe('where the function finds the error page', () => {
  const request = new Request(`${ORIGIN}/api/feedback`, { method: 'POST' });
  const page = (status = 200, type = 'text/html; charset=utf-8') => new Response(TEMPLATE, { status, headers: { 'content-type': type } });

  it('serverless: fetches it from the site the request came to, and keeps it for a while', async () => {
    let clock = 0;
    const fetchFn = vi.fn(async (_url: string, _init?: RequestInit) => page());
    const source = fetchErrorPages({ fetchFn: fetchFn as unknown as typeof fetch, ttlMs: 1000, now: () => clock });
    expect(await source('/fr/feedback/error/', request)).toBe(TEMPLATE);
    expect(fetchFn.mock.calls[0]![0]).toBe(`${ORIGIN}/fr/feedback/error/`);
    clock = 999;
    await source('/fr/feedback/error/', request);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    clock = 1000;
    await source('/fr/feedback/error/', request);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a 404', async () => page(404)],
    ['something that is not HTML', async () => page(200, 'application/json')],
    ['a network failure', async () => { throw new TypeError('fetch failed'); }],
  ])('serverless: gives nothing for %s', async (_name, fetchFn) => {
    expect(await fetchErrorPages({ fetchFn: fetchFn as unknown as typeof fetch })('/feedback/error/', request)).toBeUndefined();
  });

  const dist = mkdtempSync(join(tmpdir(), 'feedback-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('Node: reads it from the built site, and never outside it', async () => {
    mkdirSync(join(dist, 'fr/feedback/error'), { recursive: true });
    writeFileSync(join(dist, 'fr/feedback/error/index.html'), TEMPLATE);
    const source = fileErrorPages(dist);
    expect(await source('/fr/feedback/error/', request)).toBe(TEMPLATE);
    expect(await source('/../../../../etc/hostname/', request)).toBeUndefined();
    expect(await source('/de/feedback/error/', request)).toBeUndefined();
  });
});

describe('serverless start-up', () => {
  it('takes the site’s languages from SDG_LANGUAGES (the first is at /)', () => {
    expect(handlerOptionsFromEnv({ SDG_LANGUAGES: 'en, fr,ar' }).languagePrefixes).toEqual(['fr', 'ar']);
    expect(handlerOptionsFromEnv({ SDG_LANGUAGES: 'en' }).languagePrefixes).toBeUndefined();
  });

  it('answers a reader without JavaScript with a page when the store cannot start', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = createLazyFeedbackHandler(() => { throw new Error('no database'); });
    const res = await handler(formPost(VALID, { accept: 'text/html' }));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect((await handler(jsonPost(VALID))).headers.get('content-type')).toContain('application/json');
    errors.mockRestore();
  });
});
