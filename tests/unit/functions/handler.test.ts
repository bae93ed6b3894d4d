import { describe, expect, it, vi } from 'vitest';
import { ADMIN_MESSAGES } from '../../../src/functions/admin.ts';
import { BODY_MESSAGES } from '../../../src/functions/body.ts';
import { HANDLER_MESSAGES } from '../../../src/functions/handler.ts';
import { clientKey } from '../../../src/functions/rate-limit.ts';
import { MESSAGES } from '../../../src/functions/schema.ts';
import type { ReaderErrorCode } from '../../../src/functions/reader-errors.ts';
import { createMemoryStore } from './fake-store.ts';
import { adminRequest, formPost, jsonPost, makeHandler, ORIGIN, patchRequest, TOKEN, VALID } from './helpers.ts';

describe('POST /api/feedback', () => {
  it('stores a valid JSON answer and answers 201 with its id', async () => {
    const { handler, store } = makeHandler();
    const res = await handler(jsonPost({ ...VALID, email: 'ana@example.org', consent: true }));
    expect(res.status).toBe(201);
    const { id } = await res.json();
    expect(id).toBe('00000000-0000-4000-8000-000000000001');
    expect(await store.get(id)).toMatchObject({
      page: '/1-2-1/', useful: 'no', doing: 'Find the latest value', problem: 'The chart has no 2024 data',
      group: 'researcher', email: 'ana@example.org', status: 'new', tags: [], public: false,
      createdAt: '2025-03-01T12:00:00.000Z',
    });
  });

  it('accepts the smallest answer: page and useful', async () => {
    const { handler, store } = makeHandler();
    const res = await handler(jsonPost({ page: '/', useful: 'yes' }));
    expect(res.status).toBe(201);
    expect(await store.list({ limit: 10 })).toMatchObject([{ page: '/', useful: 'yes', doing: null, problem: null, group: null, email: null }]);
  });

  it('stores a form post and answers JSON to fetch', async () => {
    const { handler, store } = makeHandler();
    const res = await handler(formPost({ ...VALID, website: '', consent: 'on', email: 'ana@example.org' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await store.list({ limit: 10 }))[0]?.email).toBe('ana@example.org');
  });

  it('redirects a browser form post (JavaScript off) to the thanks page with 303', async () => {
    const { handler, store } = makeHandler();
    const res = await handler(formPost(VALID, { accept: 'text/html,application/xhtml+xml', origin: ORIGIN }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/feedback/thanks/');
    expect(await store.list({ limit: 10 })).toHaveLength(1);
  });

  it('accepts percent-encoded paths, as location.pathname gives them', async () => {
    const { handler } = makeHandler();
    expect((await handler(jsonPost({ page: '/recherche/%C3%A9t%C3%A9/', useful: 'yes' }))).status).toBe(201);
  });

  it('accepts answers of exactly the maximum length', async () => {
    const { handler } = makeHandler();
    const res = await handler(jsonPost({ ...VALID, page: `/${'a'.repeat(299)}`, doing: 'x'.repeat(2000), problem: 'y'.repeat(2000) }));
    expect(res.status).toBe(201);
  });

  it('drops the email address when it is blank', async () => {
    const { handler, store } = makeHandler();
    expect((await handler(formPost({ ...VALID, email: '  ' }))).status).toBe(201);
    expect((await store.list({ limit: 1 }))[0]?.email).toBeNull();
  });

  const invalid: [string, Record<string, unknown>, Record<string, string>, ReaderErrorCode][] = [
    ['page missing', { useful: 'yes' }, { page: 'Page is required.' }, 'page'],
    ['page empty', { page: '', useful: 'yes' }, { page: 'Page is required.' }, 'page'],
    ['page with scheme and host', { page: 'https://evil.example/x', useful: 'yes' }, { page: 'Page must be a path on this site starting with /, without a query string.' }, 'page'],
    ['page protocol-relative', { page: '//evil.example/x', useful: 'yes' }, { page: MESSAGES.pageShape }, 'page'],
    ['page with query string', { page: '/1-2-1/?utm=x', useful: 'yes' }, { page: MESSAGES.pageShape }, 'page'],
    ['page with fragment', { page: '/1-2-1/#chart', useful: 'yes' }, { page: MESSAGES.pageShape }, 'page'],
    ['page with a space', { page: '/a b/', useful: 'yes' }, { page: MESSAGES.pageShape }, 'page'],
    ['page with markup', { page: '/"><script>/', useful: 'yes' }, { page: MESSAGES.pageShape }, 'page'],
    ['page with a backslash', { page: '/\\evil.example', useful: 'yes' }, { page: MESSAGES.pageShape }, 'page'],
    ['page not text', { page: 42, useful: 'yes' }, { page: MESSAGES.pageShape }, 'page'],
    ['page too long', { page: `/${'a'.repeat(300)}`, useful: 'yes' }, { page: 'Page must be at most 300 characters.' }, 'page'],
    ['useful missing', { page: '/' }, { useful: 'Choose yes or no.' }, 'useful'],
    ['useful not yes or no', { page: '/', useful: 'maybe' }, { useful: 'Choose yes or no.' }, 'useful'],
    ['useful a boolean', { page: '/', useful: true }, { useful: 'Choose yes or no.' }, 'useful'],
    ['doing too long', { ...VALID, doing: 'x'.repeat(2001) }, { doing: 'Must be at most 2000 characters.' }, 'textLength'],
    ['problem too long', { ...VALID, problem: 'x'.repeat(2001) }, { problem: 'Must be at most 2000 characters.' }, 'textLength'],
    ['problem not text', { ...VALID, problem: 5 }, { problem: 'Must be text.' }, 'other'],
    ['problem with a NUL byte', { ...VALID, problem: 'a\u0000b' }, { problem: 'Must not contain control characters.' }, 'textChars'],
    ['doing with a lone surrogate', { ...VALID, doing: 'a\ud800b' }, { doing: 'Must not contain control characters.' }, 'textChars'],
    ['group unknown', { ...VALID, group: 'alien' }, { group: 'Choose one of: citizen, media, researcher, policymaker, civil-society, business, other.' }, 'group'],
    ['email malformed', { ...VALID, email: 'not-an-email', consent: true }, { email: 'Enter a valid email address, like name@example.org.' }, 'email'],
    ['email without consent', { ...VALID, email: 'ana@example.org' }, { consent: 'Tick the consent box to let us keep your email address, or leave the email address empty.' }, 'consent'],
    ['email with consent refused', { ...VALID, email: 'ana@example.org', consent: false }, { consent: MESSAGES.consent }, 'consent'],
  ];
  it.each(invalid)('refuses %s with a field message and its code', async (_name, body, errors, code) => {
    const { handler, store } = makeHandler();
    const res = await handler(jsonPost(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors, codes: { [Object.keys(errors)[0]!]: code } });
    expect(await store.list({ limit: 10 })).toHaveLength(0);
  });

  it('reports every invalid field at once', async () => {
    const { handler } = makeHandler();
    const res = await handler(jsonPost({ page: 'x', useful: 'x', group: 'x' }));
    expect(Object.keys((await res.json()).errors).sort()).toEqual(['group', 'page', 'useful']);
  });

  it.each([
    ['an array', '[1,2]', HANDLER_MESSAGES.notJsonObject],
    ['null', 'null', HANDLER_MESSAGES.notJsonObject],
    ['broken JSON', '{"page": ', 'The request body is not valid JSON.'],
  ])('refuses %s as the body', async (_name, body, message) => {
    const { handler } = makeHandler();
    const res = await handler(jsonPost(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: { body: message }, codes: { body: 'other' } });
  });

  it('shows errors of a no-JavaScript form post as an escaped HTML page', async () => {
    const { handler } = makeHandler();
    const res = await handler(formPost({ page: '/"><script>alert(1)</script>', useful: 'yes', group: '<b>x</b>' }, { accept: 'text/html' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain(MESSAGES.pageShape);
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="/"');
  });

  it('links the HTML error page back to the page when the page is valid', async () => {
    const { handler } = makeHandler();
    const html = await (await handler(formPost({ page: '/1-2-1/', useful: 'maybe' }, { accept: 'text/html' }))).text();
    expect(html).toContain('href="/1-2-1/"');
    expect(html).toContain('Choose yes or no.');
  });

  describe('size limit (48 KB)', () => {
    it('refuses a declared Content-Length over the limit with 413', async () => {
      const { handler } = makeHandler();
      const res = await handler(jsonPost({ ...VALID, doing: 'x'.repeat(50_000) }));
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ errors: { body: 'The request body is larger than 49152 bytes.' }, codes: { body: 'tooLarge' } });
    });

    it('refuses a body that is larger than it says, counting the bytes read', async () => {
      const { handler } = makeHandler();
      const big = new TextEncoder().encode(JSON.stringify({ ...VALID, doing: 'x'.repeat(60_000) }));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < big.length; i += 1000) controller.enqueue(big.slice(i, i + 1000));
          controller.close();
        },
      });
      const request = new Request(`${ORIGIN}/api/feedback`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half',
      } as RequestInit);
      expect(request.headers.get('content-length')).toBeNull();
      const res = await handler(request);
      expect(res.status).toBe(413);
    });

    it('refuses a Content-Length that is not a number', async () => {
      const { handler } = makeHandler();
      const res = await handler(jsonPost(VALID, { 'content-length': 'lots' }));
      expect(res.status).toBe(413);
    });
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['multipart/form-data', 'multipart/form-data; boundary=x'],
    ['no content type', ''],
  ])('refuses %s with 415', async (_name, type) => {
    const { handler } = makeHandler();
    const request = new Request(`${ORIGIN}/api/feedback`, { method: 'POST', headers: type ? { 'content-type': type } : {}, body: 'page=/&useful=yes' });
    if (!type) request.headers.delete('content-type');
    const res = await handler(request);
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ errors: { body: BODY_MESSAGES.contentType } });
  });

  it('accepts JSON with a charset parameter', async () => {
    const { handler } = makeHandler();
    expect((await handler(jsonPost(VALID, { 'content-type': 'application/json; charset=UTF-8' }))).status).toBe(201);
  });

  describe('honeypot', () => {
    it('answers 201 with an id but stores nothing', async () => {
      const { handler, store } = makeHandler();
      const res = await handler(jsonPost({ ...VALID, website: 'http://spam.example' }));
      expect(res.status).toBe(201);
      expect((await res.json()).id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await store.list({ limit: 10 })).toHaveLength(0);
    });

    it('redirects a bot form post like a real one', async () => {
      const { handler, store } = makeHandler();
      const res = await handler(formPost({ ...VALID, website: 'spam' }, { accept: 'text/html' }));
      expect(res.status).toBe(303);
      expect(await store.list({ limit: 10 })).toHaveLength(0);
    });
  });

  describe('rate limit', () => {
    it('answers 429 with Retry-After after 10 posts a minute from one client', async () => {
      const { handler, tick } = makeHandler();
      for (let i = 0; i < 10; i++) expect((await handler(jsonPost(VALID))).status).toBe(201);
      const res = await handler(jsonPost(VALID));
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('60');
      expect(await res.json()).toEqual({ errors: { body: 'Too many submissions from your connection. Please wait a minute and try again.' }, codes: { body: 'rateLimited' } });
      // another client is unaffected
      expect((await handler(jsonPost(VALID, { 'x-test-ip': '198.51.100.1' }))).status).toBe(201);
      tick(30_000);
      expect((await handler(jsonPost(VALID))).headers.get('retry-after')).toBe('30');
      tick(30_000);
      expect((await handler(jsonPost(VALID))).status).toBe(201);
    });

    it('follows a raised limit', async () => {
      const { handler } = makeHandler({ rateLimit: { max: 3, windowMs: 1000 } });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await handler(jsonPost(VALID))).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
    });

    it('keys clients by a salted hash, never the address', () => {
      const key = clientKey('203.0.113.7', 'salt');
      expect(key).not.toContain('203.0.113.7');
      expect(key).toBe(clientKey('203.0.113.7', 'salt'));
      expect(key).not.toBe(clientKey('203.0.113.7', 'other salt'));
    });
  });

  describe('origin', () => {
    it('refuses another origin with 403', async () => {
      const { handler, store } = makeHandler();
      const res = await handler(jsonPost(VALID, { origin: 'https://evil.example' }));
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ errors: { origin: 'Feedback is accepted only from this site.' } });
      expect(await store.list({ limit: 10 })).toHaveLength(0);
    });

    it('accepts the own origin and requests without Origin', async () => {
      const { handler } = makeHandler();
      expect((await handler(jsonPost(VALID, { origin: ORIGIN }))).status).toBe(201);
      expect((await handler(jsonPost(VALID))).status).toBe(201);
    });

    it('defaults to the origin the request was sent to', async () => {
      const { handler } = makeHandler({ allowedOrigin: undefined });
      expect((await handler(jsonPost(VALID, { origin: ORIGIN }))).status).toBe(201);
      expect((await handler(jsonPost(VALID, { origin: 'http://localhost:4321' }))).status).toBe(403);
    });
  });

  it('answers 500 without details when the store fails', async () => {
    const store = createMemoryStore();
    store.insert = () => Promise.reject(new Error('disk full'));
    const logError = vi.fn();
    const { handler } = makeHandler({ store, logError });
    const res = await handler(jsonPost(VALID));
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain('disk full');
    expect(logError).toHaveBeenCalledOnce();
  });
});

describe('staff API', () => {
  async function seeded() {
    const ctx = makeHandler();
    await ctx.handler(jsonPost({ ...VALID, email: 'ana@example.org', consent: true }));
    ctx.tick(86_400_000);
    await ctx.handler(jsonPost({ page: '/', useful: 'yes', group: 'media' }));
    return ctx;
  }

  it.each([
    ['no token', null],
    ['a wrong token', 'wrong-token'],
    ['a token that is a prefix of the right one', TOKEN.slice(0, -1)],
  ])('answers 401 with %s', async (_name, token) => {
    const { handler } = await seeded();
    const res = await handler(adminRequest('/api/feedback', { token }));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.json()).toEqual({ errors: { auth: 'Send the staff token as "Authorization: Bearer <token>".' } });
  });

  it('answers 503 when FEEDBACK_ADMIN_TOKEN is not set', async () => {
    const { handler } = makeHandler({ adminToken: undefined });
    const res = await handler(adminRequest('/api/feedback'));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ errors: { auth: ADMIN_MESSAGES.disabled } });
    expect((await makeHandler({ adminToken: '' }).handler(adminRequest('/api/feedback'))).status).toBe(503);
  });

  it('lists items newest first with the right token', async () => {
    const { handler } = await seeded();
    const res = await handler(adminRequest('/api/feedback'));
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((i: { page: string }) => i.page)).toEqual(['/', '/1-2-1/']);
    expect(items[1]).toMatchObject({ id: '00000000-0000-4000-8000-000000000001', email: 'ana@example.org', group: 'researcher' });
  });

  it.each([
    ['?group=media', ['/']],
    ['?page=/1-2-1/', ['/1-2-1/']],
    ['?status=new', ['/', '/1-2-1/']],
    ['?status=closed', []],
    ['?from=2025-03-02', ['/']],
    ['?to=2025-03-01', ['/1-2-1/']],
    ['?from=2025-03-01T12:00:00Z&to=2025-03-01T12:00:00Z', ['/1-2-1/']],
    ['?limit=1', ['/']],
    ['?path=/1-2', ['/1-2-1/']],
    ['?path=1-2-1', ['/1-2-1/']],
    ['?path=/', ['/', '/1-2-1/']],
    ['?path=/1-2-1/&group=media', []],
  ])('filters with %s', async (query, pages) => {
    const { handler } = await seeded();
    const { items } = await (await handler(adminRequest(`/api/feedback${query}`))).json();
    expect(items.map((i: { page: string }) => i.page)).toEqual(pages);
  });

  it.each([
    ['?status=done', { status: MESSAGES.status }],
    ['?group=aliens', { group: MESSAGES.group }],
    ['?from=yesterday', { from: 'Use a date like 2025-01-31 or a full ISO date-time.' }],
    ['?limit=0', { limit: 'Limit must be a whole number from 1 to 10000.' }],
    ['?format=xml', { format: 'Format must be json or csv.' }],
    ['?colour=red', { colour: 'Unknown field.' }],
    ['?path=', { path: 'Path must be part of a page address (letters, digits and / - . _ ~ and the like), at most 300 characters.' }],
    ['?path=%20%20', { path: MESSAGES.path }],
    ['?path=8.5 jobs', { path: MESSAGES.path }],
    ['?path=<script>', { path: MESSAGES.path }],
    ['?path=100%25', { path: MESSAGES.path }],
    [`?path=/${'a'.repeat(300)}`, { path: MESSAGES.path }],
  ])('refuses the filter %s', async (query, errors) => {
    const { handler } = await seeded();
    const res = await handler(adminRequest(`/api/feedback${query}`));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors });
  });

  it('exports CSV, with formulas defused', async () => {
    const { handler } = makeHandler();
    await handler(jsonPost({ page: '/', useful: 'no', problem: '=HYPERLINK("http://x")', doing: 'a, "quoted"\nline' }));
    const res = await handler(adminRequest('/api/feedback?format=csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="feedback-2025-03-01.csv"');
    const csv = await res.text();
    expect(csv.split('\r\n')[0]).toBe('id,createdAt,page,useful,group,doing,problem,email,status,tags,response,public,respondedAt,closedAt,publicSummary');
    expect(csv).toContain(`"a, ""quoted""\nline","'=HYPERLINK(""http://x"")"`);
  });

  it('reads one item', async () => {
    const { handler } = await seeded();
    const res = await handler(adminRequest('/api/feedback/00000000-0000-4000-8000-000000000002'));
    expect((await res.json()).item).toMatchObject({ page: '/', group: 'media' });
    expect((await handler(adminRequest('/api/feedback/00000000-0000-4000-8000-000000000099'))).status).toBe(404);
    expect((await handler(adminRequest('/api/feedback/00000000-0000-4000-8000-000000000002', { token: null }))).status).toBe(401);
  });
});

describe('PATCH /api/feedback/<id>', () => {
  const ID = '00000000-0000-4000-8000-000000000001';
  async function withOne() {
    const ctx = makeHandler();
    await ctx.handler(jsonPost(VALID));
    ctx.tick(3_600_000);
    return ctx;
  }

  it('updates status, tags, response, public summary and public', async () => {
    const { handler } = await withOne();
    const res = await handler(patchRequest(ID, { status: 'answered', tags: ['data', 'data', 'chart'], response: 'We added 2024.', publicSummary: 'A reader asked for the 2024 figures.', public: true }));
    expect(res.status).toBe(200);
    expect((await res.json()).item).toMatchObject({
      status: 'answered', tags: ['data', 'chart'], response: 'We added 2024.', publicSummary: 'A reader asked for the 2024 figures.', public: true,
      respondedAt: '2025-03-01T13:00:00.000Z', updatedAt: '2025-03-01T13:00:00.000Z', closedAt: null,
    });
    const pub = await (await handler(new Request(`${ORIGIN}/api/feedback/public`))).json();
    // Staff's summary, never the reader's words ("The chart has no 2024 data").
    expect(pub).toEqual({ items: [{ page: '/1-2-1/', summary: 'A reader asked for the 2024 figures.', response: 'We added 2024.', date: '2025-03-01' }] });
    expect(JSON.stringify(pub)).not.toContain(VALID.problem);
  });

  it.each([
    ['publishing without a summary', [{ response: 'We added 2024.', public: true }]],
    ['publishing without a response', [{ publicSummary: 'Asked for 2024.', public: true }]],
    ['publishing with a blank summary', [{ response: 'Done.', publicSummary: '   ', public: true }]],
    ['clearing the summary of a published item', [{ response: 'Done.', publicSummary: 'Asked for 2024.', public: true }, { publicSummary: '' }]],
    ['clearing the response of a published item', [{ response: 'Done.', publicSummary: 'Asked for 2024.', public: true }, { response: '' }]],
  ])('refuses %s: only staff-written items are published', async (_name, patches) => {
    const { handler } = await withOne();
    const last = patches.pop()!;
    for (const p of patches) expect((await handler(patchRequest(ID, p))).status).toBe(200);
    const res = await handler(patchRequest(ID, last));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: { public: 'Write a public summary and a response before showing an item on “You said, we did”.' } });
  });

  it('unpublishes and clears in one change, and publishes once both texts are written', async () => {
    const { handler } = await withOne();
    expect((await handler(patchRequest(ID, { response: 'Done.', publicSummary: 'Asked for 2024.', public: true }))).status).toBe(200);
    const cleared = await handler(patchRequest(ID, { public: false, publicSummary: '', response: '' }));
    expect((await cleared.json()).item).toMatchObject({ public: false, publicSummary: null, response: null });
    expect((await handler(patchRequest(ID, { public: true }))).status).toBe(400);
    expect((await handler(patchRequest(ID, { publicSummary: 'Asked for 2024.', response: 'Done.' }))).status).toBe(200);
    expect((await handler(patchRequest(ID, { public: true }))).status).toBe(200);
    expect((await (await handler(new Request(`${ORIGIN}/api/feedback/public`))).json()).items).toHaveLength(1);
  });

  it('records when an item was closed, and forgets it when reopened', async () => {
    const { handler, tick } = await withOne();
    expect((await (await handler(patchRequest(ID, { status: 'closed' }))).json()).item.closedAt).toBe('2025-03-01T13:00:00.000Z');
    tick(1000);
    expect((await (await handler(patchRequest(ID, { status: 'closed' }))).json()).item.closedAt).toBe('2025-03-01T13:00:00.000Z');
    expect((await (await handler(patchRequest(ID, { status: 'triaged' }))).json()).item.closedAt).toBeNull();
  });

  it.each([
    ['an unknown status', { status: 'done' }, { status: 'Choose one of: new, triaged, answered, closed.' }],
    ['tags that are not a list', { tags: 'data' }, { tags: 'Tags must be a list of at most 20 words, each at most 50 characters.' }],
    ['an empty tag', { tags: [''] }, { tags: MESSAGES.tags }],
    ['too many tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, { tags: MESSAGES.tags }],
    ['a response that is not text', { response: 5 }, { response: 'The response must be text of at most 5000 characters.' }],
    ['a response too long', { response: 'x'.repeat(5001) }, { response: MESSAGES.response }],
    ['public as text', { public: 'yes' }, { public: 'Public must be true or false.' }],
    ['an unknown field', { email: 'x@example.org' }, { email: 'Unknown field.' }],
    ['a public summary that is not text', { publicSummary: 5 }, { publicSummary: 'The public summary must be text of at most 1000 characters.' }],
    ['a public summary too long', { publicSummary: 'x'.repeat(1001) }, { publicSummary: MESSAGES.publicSummary }],
    ['a public summary with a NUL byte', { publicSummary: 'a\u0000b' }, { publicSummary: MESSAGES.textChars }],
    ['nothing to change', {}, { body: 'Send at least one of: status, tags, response, publicSummary, public.' }],
  ])('refuses %s', async (_name, body, errors) => {
    const { handler } = await withOne();
    const res = await handler(patchRequest(ID, body));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors });
  });

  it('requires JSON, the token and an existing item', async () => {
    const { handler } = await withOne();
    const form = adminRequest(`/api/feedback/${ID}`, { method: 'PATCH', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'status=closed' });
    expect((await handler(form)).status).toBe(415);
    expect((await handler(patchRequest(ID, { status: 'closed' }, null))).status).toBe(401);
    expect((await handler(patchRequest(ID, { status: 'closed' }, 'nope'))).status).toBe(401);
    expect((await handler(patchRequest('00000000-0000-4000-8000-000000000042', { status: 'closed' }))).status).toBe(404);
    expect((await handler(patchRequest(ID, '{oops'))).status).toBe(400);
  });
});

describe('routing', () => {
  it('answers 404 for unknown paths and 405 for wrong methods', async () => {
    const { handler } = makeHandler();
    expect((await handler(new Request(`${ORIGIN}/api/feedback/nope`))).status).toBe(404);
    const del = await handler(new Request(`${ORIGIN}/api/feedback`, { method: 'DELETE' }));
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, POST');
    expect((await handler(new Request(`${ORIGIN}/api/feedback/public`, { method: 'POST' }))).status).toBe(405);
  });

  it('serves public responses without emails or ids, cacheable', async () => {
    const { handler } = makeHandler();
    await handler(jsonPost({ ...VALID, email: 'ana@example.org', consent: true }));
    expect((await handler(patchRequest('00000000-0000-4000-8000-000000000001', { response: 'Fixed', publicSummary: 'Asked for 2024.', public: true }))).status).toBe(200);
    const res = await handler(new Request(`${ORIGIN}/api/feedback/public/`));
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const text = await res.text();
    expect(JSON.parse(text).items).toHaveLength(1);
    expect(text).not.toContain(VALID.problem);
    expect(text).not.toContain(VALID.doing);
    expect(text).not.toContain('ana@example.org');
    expect(text).not.toContain('00000000-');
  });
});
