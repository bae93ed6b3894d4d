import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEditorial } from '../../../src/editorial/editorial.ts';
import { formatProblem } from '../../../src/pipeline/problems.ts';
import { getSite, prepareSite } from '../../../src/site/site-data.ts';

const read = (dir: string) => readdirSync(dir).sort().map((n) => ({ path: `${dir}/${n}`, text: readFileSync(`${dir}/${n}`, 'utf8') }));
await prepareSite();
const site = getSite();
const real = read('content/concepts');

describe('story checks', () => {
  const editorial = buildEditorial(real, read('tests/fixtures/stories'), site);
  const lines = editorial.problems.map((p) => formatProblem(p));

  it('reports bad front matter with file, line, field and fix', () => {
    expect(lines.filter((l) => l.includes('bad-front-matter'))).toEqual([
      'tests/fixtures/stories/bad-front-matter.mdx:4: error: date: expected a date such as 2024-05-31; received "31/05/2024". Hint: Write the publication date as YYYY-MM-DD, e.g. date: 2024-05-31.',
      'tests/fixtures/stories/bad-front-matter.mdx:5: error: authors: expected at least 1 item; received none. Hint: List at least one name, e.g. authors: [Jane Smith].',
      'tests/fixtures/stories/bad-front-matter.mdx:6: error: goals.1: a goal number from 1 to 17; received "Goal 13". Hint: List goal numbers, e.g. goals: [7, 13].',
      'tests/fixtures/stories/bad-front-matter.mdx:8: error: audience.0: expected one of public, media, students, researchers, policymakers; received "journalists". Hint: List who it is for, from: public, media, students, researchers, policymakers.',
      'tests/fixtures/stories/bad-front-matter.mdx:9: error: unknown field "colour". Hint: Allowed fields: title, summary, date, authors, goals, indicators, audience, image.',
    ]);
  });

  it('reports components naming a missing indicator, series, concept or component, at their line', () => {
    expect(lines.filter((l) => l.includes('missing-references'))).toEqual([
      'tests/fixtures/stories/missing-references.mdx:7: error: indicators: no indicator "7-2-9". Hint: Did you mean "7-2-1"?',
      'tests/fixtures/stories/missing-references.mdx:15: error: <IndicatorChart> id: no indicator "7-2-2". Hint: Did you mean "1-2-2"?',
      'tests/fixtures/stories/missing-references.mdx:17: error: <IndicatorChart> series: indicator "5-5-1" has no series "House of Common". Hint: Did you mean "House of Commons"?',
      'tests/fixtures/stories/missing-references.mdx:22: error: <Concept> term: no concept "medain" in the compendium. Hint: Did you mean "mean"?',
      'tests/fixtures/stories/missing-references.mdx:22: error: <KeyFigures>: no such component. Hint: Did you mean "KeyFigure"?',
    ]);
  });

  it('reports a chart or callout written inside a sentence, at its line', () => {
    expect(lines.filter((l) => l.includes('chart-in-sentence'))).toEqual([
      'tests/fixtures/stories/chart-in-sentence.mdx:11: error: <IndicatorChart> is inside a sentence, which it would break into pieces. Hint: Put <IndicatorChart> on its own lines, with a blank line before and after it.',
      'tests/fixtures/stories/chart-in-sentence.mdx:16: error: <Callout> is inside a sentence, which it would break into pieces. Hint: Put <Callout> on its own lines, with a blank line before and after it.',
    ]);
  });

  it('reports MDX that would not compile, at its line', () => {
    expect(lines.filter((l) => l.includes('broken-mdx'))).toEqual([
      'tests/fixtures/stories/broken-mdx.mdx:13: error: MDX syntax: Unexpected character `.` (U+002E) in attribute name, expected an attribute name character such as letters, digits, `$`, or `_`. Hint: Close every component (<KeyFigure … /> or <Concept …>…</Concept>) and put attribute values in quotes.',
    ]);
  });

  it('keeps a valid story, with the indicators its components use', () => {
    expect(editorial.stories.map((s) => [s.slug, s.indicatorIds])).toEqual([['good-story', ['7-2-1', '5-5-1']]]);
  });
});

describe('concept checks', () => {
  const editorial = buildEditorial([...read('tests/fixtures/concepts-bad'), ...real], [], site);

  it('reports each problem of a concept file with line, field and fix', () => {
    expect(editorial.problems.map((p) => formatProblem(p))).toEqual([
      'tests/fixtures/concepts-bad/bad-fields.yml:2: error: plain: must not be empty. Hint: Give one or two sentences anyone can read.',
      'tests/fixtures/concepts-bad/bad-fields.yml:4: error: source.url: invalid url; received "not-a-url". Hint: Give a full address starting with https://, or leave the url out.',
      'tests/fixtures/concepts-bad/bad-fields.yml:7: error: unknown field "definition". Hint: Allowed fields: term, aliases, plain, technical, source, related.',
      'tests/fixtures/concepts-bad/bad-yaml.yml:2: error: YAML syntax error: Nested mappings are not allowed in compact mappings. Hint: Check the indentation, and quote values that contain ": ".',
      'tests/fixtures/concepts-bad/no-source.yml:1: error: source: required, but missing. Hint: Give "source:" with "name:" (and "url:" where there is one) on the lines below it, indented.',
      'tests/fixtures/concepts-bad/unsafe.yml:8: error: related: no concept "no-such-concept". Hint: Use the file name of an existing concept (content/concepts/no-such-concept.yml does not exist), or remove it.',
    ]);
  });

  it('sends concept text through the metadata sanitizer', () => {
    const q = editorial.concepts.find((c) => c.slug === 'unsafe')!;
    expect(q.plainHtml).toBe('One of three values that split ordered data into four equal groups.');
    expect(q.technicalHtml).toBe('<p>See <a>this</a> and <strong>quarters</strong>.</p>');
  });
});

describe('the compendium shipped in content/concepts', () => {
  const editorial = buildEditorial(real, read('content/stories'), site);

  it('has at least 40 valid entries and the stories pass their checks', () => {
    expect(editorial.problems).toEqual([]);
    expect(editorial.concepts.length).toBeGreaterThanOrEqual(40);
    expect(editorial.stories.length).toBeGreaterThanOrEqual(3);
  });

  it('computes the indicators that use a concept from their texts', () => {
    expect(editorial.conceptUse.get('at-risk-of-poverty')).toContain('1-2-1');
    expect(editorial.conceptUse.get('neet')).toContain('8-6-1');
    const used = editorial.concepts.filter((c) => (editorial.conceptUse.get(c.slug) ?? []).length > 0);
    expect(used.length).toBeGreaterThanOrEqual(40);
  });
});
