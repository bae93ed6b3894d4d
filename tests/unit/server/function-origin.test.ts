/**
 * A static site whose function lives elsewhere (FEEDBACK_FUNCTION_ORIGIN at build time): the setting is checked,
 * the pages carry it, and the CSP lets the beacon, the scripts and the feedback form reach that origin only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionOriginFromEnv } from '../../../src/functions/from-env.ts';
import { apiOriginsOf, contentSecurityPolicy, headersFile, policyOfSite } from '../../../src/server/headers.ts';

describe('FEEDBACK_FUNCTION_ORIGIN', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['https://fn.example.org', 'https://fn.example.org'],
    ['https://FN.example.org/', 'https://fn.example.org'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
  ])('%j → %j', (value, origin) => {
    expect(functionOriginFromEnv({ FEEDBACK_FUNCTION_ORIGIN: value })).toBe(origin);
  });

  it.each(['fn.example.org', 'https://fn.example.org/api', 'javascript:alert(1)', 'https://fn.example.org?x=1'])('refuses %j', (value) => {
    expect(() => functionOriginFromEnv({ FEEDBACK_FUNCTION_ORIGIN: value })).toThrow(
      `FEEDBACK_FUNCTION_ORIGIN must be an origin like https://fn.example.org (no path), received "${value}".`,
    );
  });
});

describe('the CSP of a site whose function lives elsewhere', () => {
  it('finds the origin the pages carry, and nothing else', () => {
    expect(apiOriginsOf('<script data-sdg-api="https://fn.example.org">x</script><form data-sdg-api="">')).toEqual(['https://fn.example.org']);
    expect(apiOriginsOf('<script data-sdg-api="">x</script>')).toEqual([]);
    expect(apiOriginsOf(`<p data-sdg-api="https://x.org 'unsafe-inline'">`)).toEqual([]);
  });

  it('allows connecting and posting to it, in npm start and in _headers', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-origin-'));
    try {
      mkdirSync(join(dist, 'a'));
      writeFileSync(join(dist, 'index.html'), '<script is="x" data-sdg-api="https://fn.example.org">1</script>');
      writeFileSync(join(dist, 'a', 'index.html'), '<script data-sdg-api="https://fn.example.org">1</script>');
      const policy = policyOfSite(dist);
      expect(policy.apiOrigins).toEqual(['https://fn.example.org']);
      const csp = contentSecurityPolicy(policy, 'none');
      expect(csp).toContain("connect-src 'self' https://fn.example.org;");
      expect(csp).toContain("form-action 'self' https://fn.example.org;");
      expect(headersFile(policy)).toContain("connect-src 'self' https://fn.example.org;");
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('stays "self" only when the function is on the site', () => {
    const csp = contentSecurityPolicy({ scriptHashes: [] }, 'none');
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("form-action 'self';");
  });
});
