/**
 * Every text that reaches an SVG the build writes (poster titles, subtitles, source lines, legends, axis labels,
 * aria-label, title, desc and each point's tip) is escaped: posters and charts of an indicator whose metadata and
 * data carry `<`, `&`, quotes and markup are well-formed XML (issue 12: "children <16 & adults" stopped the build).
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { chartPoster } from '../../../src/audiences/media/chart-image.ts';
import { posterLayout, posterSvg, SIZES } from '../../../src/audiences/media/poster.ts';
import { renderChartSvg } from '../../../src/charts/render-svg.ts';
import { headlineChart } from '../../../src/site/headline-chart.ts';
import { siteOf } from '../pipeline/fixture-repo.ts';

/** Throws with the parser's line and column when the markup is not well-formed XML. */
export function parseXml(markup: string): { texts: string[]; attributes: string[] } {
  const parser = new SaxesParser({ xmlns: false });
  const texts: string[] = [];
  const attributes: string[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('text', (t) => texts.push(t));
  parser.on('opentag', (tag) => attributes.push(...Object.values(tag.attributes).map(String)));
  parser.write(markup).close();
  return { texts, attributes };
}

const NASTY = `children <16 & adults "quoted" 'single' </text></svg><script>alert(1)</script> ]]> &amp; &#x3c;`;

const META = `---
indicator_number: 1.2.1
indicator_name: ${JSON.stringify(NASTY)}
graph_title: ${JSON.stringify(NASTY)}
reporting_status: complete
graph_type: line
computation_units: ${JSON.stringify(`Units ${NASTY}`)}
national_geographical_coverage: ${JSON.stringify(`Where ${NASTY}`)}
source_organisation_1: ${JSON.stringify(`Office ${NASTY}`)}
---
Notes.
`;
const CSV = `Year,Sex,Units,Value
2015,,Units < & >,15.1
2016,,Units < & >,14.2
2015,"F <b>&amp;</b> ""x""",Units < & >,16.0
2016,"F <b>&amp;</b> ""x""",Units < & >,15.0
2015,M & <i>,Units < & >,14.0
2016,M & <i>,Units < & >,13.0
`;

describe('SVG text is escaped', () => {
  it('draws posters of hostile metadata as well-formed XML, with every text as written', async () => {
    const site = await siteOf({ 'data/indicator_1-2-1.csv': CSV, 'meta/1-2-1.md': META });
    const ind = site.indicators.find((i) => i.id === '1-2-1')!;
    for (const size of Object.values(SIZES)) {
      const svg = chartPoster(ind, size)!;
      const { texts, attributes } = parseXml(svg);
      const all = [...texts, ...attributes].join('\n');
      expect(all).toContain('children <16 & adults');
      expect(svg).not.toContain('<script');
    }
  });

  it.each(['line', 'bar'] as const)('draws a %s chart with hostile titles, lines and units as well-formed XML', async (kind) => {
    const site = await siteOf({ 'data/indicator_1-2-1.csv': CSV, 'meta/1-2-1.md': META });
    const chart = headlineChart(site.indicators.find((i) => i.id === '1-2-1')!)!;
    const svg = renderChartSvg(kind, chart.input, { width: 640, height: 400 });
    const { attributes } = parseXml(`<root>${svg}</root>`);
    expect(attributes.join('\n')).toContain('children <16 & adults');
    expect(svg).not.toContain('<script');
  });

  it('escapes every text of a poster, whatever it holds', () => {
    const svg = posterSvg('<svg width="10"></svg>', posterLayout({ title: NASTY, subtitle: NASTY, source: NASTY, licence: NASTY }, SIZES.social, [NASTY, `b ${NASTY}`]));
    const { texts } = parseXml(svg);
    expect(texts.join('')).toContain('</text></svg><script>');
  });
});

describe('a poster that cannot be drawn', () => {
  it('is a located problem naming the indicator and its file, never a crash', async () => {
    const { INDICATOR_FILES, PosterError } = await import('../../../src/build/indicator-files.ts');
    const { posterFailure } = await import('../../../src/audiences/media/poster-failure.ts');
    const pngs = INDICATOR_FILES.find((k) => k.name === 'poster PNGs')!;
    const earlier = [{ path: 'downloads/charts/1-2-1-1200x675.svg', bytes: '<svg xmlns="http://www.w3.org/2000/svg"><text>children <16 & adults</text></svg>' }];
    let failed: unknown;
    try {
      await pngs.files({} as never, { defaultLanguage: true, earlier });
    } catch (error) {
      failed = error;
    }
    expect(failed).toBeInstanceOf(PosterError);
    const { svg, reason } = failed as InstanceType<typeof PosterError>;
    expect(reason).not.toBe('');
    expect(posterFailure(svg, 'SVG data parsing failed')).toBe('downloads/charts/1-2-1-1200x675.svg:1: error: The chart image of indicator 1.2.1 could not be drawn: SVG data parsing failed. Hint: Check the text of its chart title, units and series in the metadata for unusual characters; report the problem if the title is plain.');
  });
});
