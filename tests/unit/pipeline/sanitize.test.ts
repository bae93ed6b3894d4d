import { describe, expect, it } from 'vitest';
import { inlineToSafeHtml, markdownToSafeHtml, toPlainText } from '../../../src/pipeline/sanitize.ts';
import { GOOD_CSV, fixture, siteOf } from './fixture-repo.ts';

describe('sanitizer', () => {
  it.each([
    ['<script>alert(1)</script>ok', 'ok'],
    ['<a href="https://x.org" onclick="e()">x</a>', '<a href="https://x.org" rel="noopener noreferrer">x</a>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<img src=x onerror=alert(1)>', ''],
    ['line<br>break', 'line<br />break'],
    ['<span style="color:red">x</span>', 'x'],
    ['<iframe src="https://x"></iframe>', ''],
  ])('inline %s', (input, expected) => expect(inlineToSafeHtml(input)).toBe(expected));

  it('keeps Markdown links and demotes headings', () => {
    expect(markdownToSafeHtml('# Title\n\n[ONS](https://ons.gov.uk)')).toBe(
      '<h3>Title</h3>\n<p><a href="https://ons.gov.uk" rel="noopener noreferrer">ONS</a></p>',
    );
  });

  it('plain text has no tags', () => expect(toPlainText('<b>A</b> &amp; <i>B</i><script>x</script>')).toBe('A & B'));

  it('nothing executable from a hostile metadata file reaches the model', async () => {
    const site = await siteOf({ 'data/indicator_1-2-1.csv': GOOD_CSV, 'meta/1-2-1.md': fixture('bad-input/unsafe-html.md') });
    const ind = site.indicators[0]!;
    const html = [ind.descriptionHtml, ind.bodyHtml, ...ind.fields.map((f) => f.html)].join('\n');
    expect(html).toContain('<br />');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">Source</a>');
    expect(html).toContain('<b>notes</b>');
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:|<img/i);
  });
});
