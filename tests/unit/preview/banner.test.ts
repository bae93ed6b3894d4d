/** The editors' preview banner: located problems, errors open and warnings folded, every text escaped. */
import { describe, expect, it } from 'vitest';
import { BANNER_LIMIT, problemsBanner, reloadScript, withPreview } from '../../../src/preview/banner.ts';
import type { Problem } from '../../../src/schemas/problem.ts';
import { withLanguage } from '../../../src/i18n/server.ts';

const error: Problem = { severity: 'error', file: 'data/uk/data/indicator_1-2-1.csv', line: 3, message: 'Column "Value": expected a number, received "n/a".', hint: 'Leave the cell empty for a missing value; put notes in COMMENT_OBS.' };
const warning: Problem = { severity: 'warning', file: 'data/uk/meta/1-2-1.md', line: 1, message: 'reporting_status is missing; the indicator is shown as "complete", since it has data.' };
const state = (problems: Problem[], failure?: string) => ({ generation: 1, problems, ...(failure ? { failure } : {}) });

describe('problemsBanner', () => {
  it('says nothing outside the preview or when the data are clean', () => {
    expect(problemsBanner(undefined)).toBe('');
    expect(problemsBanner(state([]))).toBe('');
  });

  it('lists each error as npm run validate prints it, open, with the way out', () => {
    const html = problemsBanner(state([warning, error]));
    expect(html).toContain('data-preview-problems="errors"');
    expect(html).toContain('<h2 style="font-size:1rem;margin:0">1 problem stops the build</h2>');
    expect(html).toContain('<li>data/uk/data/indicator_1-2-1.csv:3: error: Column &quot;Value&quot;: expected a number, received &quot;n/a&quot;. Hint: Leave the cell empty for a missing value; put notes in COMMENT_OBS.</li>');
    expect(html).toContain('<details><summary>1 warning: the build goes ahead</summary>');
    expect(html).toContain('Fix them and save the file: this page reloads by itself.');
  });

  it('folds warnings away when there is no error', () => {
    const html = problemsBanner(state([warning, warning]));
    expect(html).toContain('data-preview-problems="warnings"');
    expect(html).toContain('<summary>2 warnings: the build goes ahead</summary>');
    expect(html).not.toContain('<h2');
  });

  it('escapes what the data hold (a cell quoted in a message, a file name)', () => {
    const hostile: Problem = { severity: 'error', file: 'data/<img src=x onerror=alert(1)>.csv', line: 2, message: 'Column "Value": expected a number, received "<script>alert(1)</script>".' };
    const html = problemsBanner(state([hostile], 'Unexpected token < in "<b>"'));
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('The data could not be read; the pages show the last reading that worked.');
  });

  it(`lists at most ${BANNER_LIMIT} of a kind and says how many more the terminal has`, () => {
    const many = Array.from({ length: BANNER_LIMIT + 5 }, (_, i) => ({ ...error, line: i + 2 }));
    const html = problemsBanner(state(many));
    expect(html.match(/<li>/g)).toHaveLength(BANNER_LIMIT);
    expect(html).toContain('5 more are not listed here; the terminal and npm run validate list them all.');
  });

  it('speaks the page language around the report, which stays as printed', () => {
    const html = withLanguage('fr', () => problemsBanner(state([error])));
    expect(html).toContain('1 problème arrête la construction du site');
    expect(html).toContain('<ol lang="en" dir="ltr"');
  });
});

describe('withPreview', () => {
  it.each([
    ['<html><body class="x"><main>page</main></body></html>', '<html><body class="x">[B]<main>page</main>[S]</body></html>'],
    ['<html><BODY><p>x</p></BODY></html>', '<html><BODY>[B]<p>x</p>[S]</BODY></html>'],
    ['<body><pre>&lt;/body&gt;</pre></body>\n', '<body>[B]<pre>&lt;/body&gt;</pre>[S]</body>\n'],
    ['no body here', 'no body here[S]'],
  ])('%s → %s', (html, expected) => {
    expect(withPreview(html, '[B]', '[S]')).toBe(expected);
  });

  it('adds only the script when there is no banner', () => {
    expect(withPreview('<body>x</body>', '', '[S]')).toBe('<body>x[S]</body>');
  });

  it('reloads the page when the preview has a newer reading than the one it was drawn from', () => {
    expect(reloadScript(7)).toBe('<script type="module">const drawn=7;const readings=new EventSource("/__sdg-preview/readings");readings.onmessage=(e)=>{if(Number(e.data)!==drawn){readings.close();location.reload();}};</script>');
  });
});
