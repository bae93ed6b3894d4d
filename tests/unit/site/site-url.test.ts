import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrlFrom, siteUrlWarning } from '../../../src/site/site-url.ts';

describe('SITE_URL', () => {
  it.each([
    [{}, LOCAL_SITE_URL],
    [{ SITE_URL: '' }, LOCAL_SITE_URL],
    [{ SITE_URL: 'https://sdg.example.org/' }, 'https://sdg.example.org'],
    [{ SITE_URL: 'https://example.org/sdg//' }, 'https://example.org/sdg'],
  ])('%o → %s', (env, expected) => {
    expect(siteUrlFrom(env)).toBe(expected);
  });

  it('unset: the build warns that links point at the local address, with the fix', () => {
    expect(siteUrlWarning({})).toBe(
      'Warning: SITE_URL is not set, so citations, embed codes, feeds, the sitemap and social cards point at http://127.0.0.1:4321.\n' +
      '  Hint: Set SITE_URL to the address the site is published at, e.g. SITE_URL=https://sdg.example.org npm run build.',
    );
    expect(siteUrlWarning({ SITE_URL: '' })).toBe(siteUrlWarning({}));
  });

  it('set: no warning', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://sdg.example.org' })).toBeUndefined();
  });
});
