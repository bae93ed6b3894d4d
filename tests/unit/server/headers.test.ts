/**
 * The security headers module (issue 12): one policy for `npm start` and the files the build writes for static
 * hosts; only embeds are framable, staff pages never; inline scripts allowed by hash, never 'unsafe-inline'.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cacheControl, contentSecurityPolicy, headersFile, typeByPath, inlineScriptHashes, isFramable, policyOfSite, securityHeaders, vercelConfig, writeHostRules,
} from '../../../src/server/headers.ts';
import { createSiteApp } from '../../../src/server/site-app.ts';

const POLICY = { scriptHashes: ['sha256-AAA=', 'sha256-BBB='] };
const NONE = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

describe('the policy', () => {
  it('allows scripts from the site and by hash only, WebAssembly for search, and no framing', () => {
    expect(contentSecurityPolicy(POLICY, 'none')).toBe(NONE);
    expect(contentSecurityPolicy(POLICY, 'any')).toBe(NONE.replace("frame-ancestors 'none'", 'frame-ancestors *'));
    expect(contentSecurityPolicy(POLICY, 'none').match(/script-src[^;]*/)![0]).not.toContain('unsafe-inline');
  });

  it.each([
    ['/', false], ['/indicators/1-2-1/', false], ['/embed/1-2-1/', true], ['/fr/embed/1-2-1/', true], ['/ar/embed/3-9-1/', true],
    ['/embed', false], ['/staff/', false], ['/fr/staff/', false], ['/staff/embed/x/', false],
    ['/stories/embed/x/', true], ['/a/b/embed/x/', false], ['/embeddings/', false],
  ] as const)('%s is framable: %s', (path, framable) => {
    expect(isFramable(path)).toBe(framable);
  });

  it('sends nosniff, the referrer policy and the permissions policy with every answer', () => {
    expect(securityHeaders('/staff/', POLICY)).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'Content-Security-Policy': NONE,
    });
  });

  it('hashes the inline scripts a browser runs, not data blocks or external scripts', () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>
      <script type="application/ld+json">{"@context":"x"}</script><script type="application/json">{}</script><script>a()</script>`;
    expect(inlineScriptHashes(html)).toEqual(['sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=', 'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc=']);
  });
});

describe('the same rules for static hosts', () => {
  /** A Vercel source as the regular expression it is (a path-to-regexp group after the first slash). */
  const vercelMatches = (path: string) => vercelConfig(POLICY).headers.filter((rule) => new RegExp(`^${rule.source}$`).test(path));

  it.each(['/', '/embed/1-2-1/', '/fr/embed/1-2-1/', '/staff/', '/ar/staff/', '/staff/embed/x/', '/downloads/all.zip'])('vercel.json gives %s exactly the headers npm start sends', (path) => {
    const rules = vercelMatches(path);
    expect(rules).toHaveLength(1);
    expect(Object.fromEntries(rules[0]!.headers.map((h) => [h.key, h.value]))).toEqual(securityHeaders(path, POLICY));
  });

  it.each([
    ['/_astro/explorer.DShd2nv4.js', { 'Cache-Control': 'public, max-age=31536000, immutable' }],
    ['/pagefind/fragment/en_10f94fc.pf_fragment', { 'Cache-Control': 'public, max-age=31536000, immutable' }],
    ['/explorer/8-5-1/c-Ab12Cd34Ef56.json', { 'Cache-Control': 'public, max-age=31536000, immutable' }],
    ['/ar/explorer/8-5-1/i-Ab12Cd34Ef56.json', { 'Cache-Control': 'public, max-age=31536000, immutable' }],
    ['/stories/feed.xml', { 'Content-Type': 'application/atom+xml; charset=utf-8' }],
    ['/fr/updates/feed.xml', { 'Content-Type': 'application/atom+xml; charset=utf-8' }],
    ['/downloads/feed.xml', {}],
  ] as [string, Record<string, string>][])('vercel.json caches and types %s as npm start does', (path, extra) => {
    const merged = Object.fromEntries(vercelMatches(path).flatMap((rule) => rule.headers.map((h) => [h.key, h.value])));
    expect(merged).toEqual({ ...securityHeaders(path, POLICY), ...extra });
    if ('Cache-Control' in extra) expect(cacheControl(path)).toBe(extra['Cache-Control']);
    expect(typeByPath(path)).toBe(extra['Content-Type']);
  });

  it('writes _headers with the embed rule after the site-wide one, and staff pages never framable', () => {
    const text = headersFile(POLICY);
    const rules = text.split(/\n(?=\/)/).slice(1).map((block) => block.split('\n')[0]);
    expect(rules).toEqual([
      '/*', '/embed/*', '/:lang/embed/*', '/staff/*', '/:lang/staff/*', '/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*',
      '/explorer/*', '/:lang/explorer/*',
      '/stories/feed.xml', '/:lang/stories/feed.xml', '/updates/feed.xml', '/:lang/updates/feed.xml',
    ]);
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(text).toContain('/pagefind/index/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(text).toContain('/:lang/updates/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8\n');
    expect(text).toContain(`/staff/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${NONE}\n`);
    expect(text).toContain(`/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${NONE.replace("frame-ancestors 'none'", 'frame-ancestors *')}\n`);
    expect(text.match(/unsafe-inline'? 'sha/g)).toBeNull();
  });
});

describe('npm start', () => {
  const dist = mkdtempSync(join(tmpdir(), 'headers-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const page = (path: string, html: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  };
  page('', '<!doctype html><script>a()</script>');
  page('embed/1-2-1', '<!doctype html><script>b()</script>');
  page('staff', '<!doctype html>staff');
  page('feedback/thanks', '<!doctype html>thanks');

  it('computes the policy from the built pages and sends it with every answer, pages, files and errors alike', async () => {
    const policy = policyOfSite(dist);
    expect(policy.scriptHashes).toHaveLength(2);
    expect(writeHostRules(dist, policy)).toBe(2);
    const app = await createSiteApp({ distDir: dist, env: { FEEDBACK_DB: join(dist, '.data/feedback.db') } });
    for (const [path, framing] of [['/', "'none'"], ['/embed/1-2-1/', '*'], ['/staff/', "'none'"], ['/nothing-here/', "'none'"], ['/api/feedback/public', "'none'"]] as const) {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy'), path).toBe(contentSecurityPolicy(policy, framing === '*' ? 'any' : 'none'));
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
    expect((await app.request('/_headers')).status).toBe(404);
    expect((await app.request('/vercel.json')).status).toBe(404);
  });
});
