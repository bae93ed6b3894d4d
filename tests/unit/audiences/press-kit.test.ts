/**
 * The press kit on the UK's real data: posters that keep every word (long titles, long series names, long
 * source lists), quotes that name the measure and each source once, and a map that says in words why some
 * codes have no boundary.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartPoster, posterText } from '../../../src/audiences/media/chart-image.ts';
import { iframeCode } from '../../../src/audiences/media/embed.ts';
import { keyFigures } from '../../../src/audiences/media/key-figures.ts';
import { PNG_FONT } from '../../../src/audiences/media/png-fonts.ts';
import { legendGrid, posterLayout, SIZES } from '../../../src/audiences/media/poster.ts';
import { textWidth, wrapToWidth } from '../../../src/audiences/media/text-width.ts';
import { uniqueNames } from '../../../src/audiences/source-names.ts';
import { readBoundarySets } from '../../../src/maps/boundaries.ts';
import { mapData } from '../../../src/maps/map-data.ts';
import { explainUnmatched, sortUnmatched } from '../../../src/maps/unmatched.ts';
import { loadSite } from '../../../src/pipeline/index.ts';
import { headlineChart } from '../../../src/site/headline-chart.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';

const site = await loadSite({ root: 'data/uk', frameworkRoot: 'data/sdg-framework', languages: ['en'] }, repositoryFiles({ root: 'data/uk', frameworkRoot: 'data/sdg-framework' }));
const indicator = (id: string) => site.indicators.find((i) => i.id === id)!;
/** The text of each `<text>` of an SVG, unescaped. */
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))));

describe('wrapping by drawn width', () => {
  it.each([
    ['short text stays on one line', 'Female', 200, ['Female']],
    ['breaks between words', 'Area 1: Overarching legal frameworks and public life', 200, ['Area 1: Overarching legal', 'frameworks and public life']],
    ['a word longer than the line is broken, not cut', 'http://127.0.0.1:4321/indicators/3-9-1/', 120, ['http://127.0.0.1:43', '21/indicators/3-9-1/']],
    ['Chinese breaks between characters', '按性别分列的平均每周总收入', 60, ['按性别分', '列的平均', '每周总收', '入']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapToWidth(text, width, 14)).toEqual(lines);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('measures no narrower than resvg draws with the poster font', () => {
    for (const [text, bold] of [['Legal frameworks that promote, enforce and monitor gender equality', true], ['Source: Office for National Statistics (ONS); NISRA.', false], ['WWW mmm iii 0123456789 %&@', false], ['Ysyk-Köl, Écosse, Łódź', false]] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60"><text x="0" y="40" font-size="20"${bold ? ' font-weight="700"' : ''} font-family="Liberation Sans, DejaVu Sans">${text.replace(/&/g, '&amp;')}</text></svg>`;
      const drawn = new Resvg(svg, { font: PNG_FONT }).getBBox()!;
      expect(drawn.x + drawn.width).toBeLessThanOrEqual(textWidth(text, 20, bold) + 1);
      expect(textWidth(text, 20, bold)).toBeLessThan((drawn.x + drawn.width) * 1.15);
    }
  });
});

describe('posters keep every word', () => {
  // 5.1.1's four series: the explorer's first view draws one, another repository's may draw all four.
  const areas = ['Area 1: Overarching legal frameworks and public life', 'Area 2: Violence against women', 'Area 3: Employment and economic benefits', 'Area 4: Marriage and family'];
  it('lays out four long series names in full, each under its swatch', () => {
    expect(legendGrid(areas, SIZES.article.width - 60, 14).entries.map((e) => e.lines)).toEqual([
      ['Area 1: Overarching legal frameworks and public life'], ['Area 2: Violence against women'],
      ['Area 3: Employment and economic benefits'], ['Area 4: Marriage and family'],
    ]);
    expect(legendGrid(areas, 400, 14).entries.map((e) => e.lines.join(' '))).toEqual(areas);
    expect(legendGrid(areas, 300, 14).entries.map((e) => e.lines)).toEqual([
      ['Area 1: Overarching legal frameworks and', 'public life'], ['Area 2: Violence against women'],
      ['Area 3: Employment and economic', 'benefits'], ['Area 4: Marriage and family'],
    ]);
  });

  it('grows the image, never cuts a word, when even the smallest type leaves the chart too little room', () => {
    const words = { title: 'Proportion of people '.repeat(160).trim(), subtitle: 'Indicator 1.1.1 · United Kingdom · 2004–2022', source: 'Source: Office for National Statistics (ONS).', licence: 'OGL v3.0' };
    const layout = posterLayout(words, SIZES.social, areas);
    expect(layout.size.width).toBe(1200);
    expect(layout.size.height).toBeGreaterThan(675);
    expect(layout.fits).toBe(true);
    expect(layout.chartHeight).toBe(100);
    expect(layout.title.join(' ')).toBe(words.title);
    expect(layout.legend.map((e) => e.lines.join(' '))).toEqual(areas);
    const ordinary = posterLayout({ ...words, title: 'Proportion of people living in poverty' }, SIZES.social, areas);
    expect(ordinary.size).toEqual(SIZES.social);
  });

  // 8.8.1 has a 250-character title, 1.3.1 eight series, 2.2.2 five sources.
  describe.each(['5-1-1', '8-8-1', '1-3-1', '2-2-2'])('%s', (id) => {
    const ind = indicator(id);
    const chart = headlineChart(ind)!;
    const words = posterText(ind, chart.title, chart.input.years);
    it.each(Object.entries(SIZES))('%s', (_use, size) => {
      const svg = chartPoster(ind, size)!;
      const all = texts(svg.replace(/<svg x="20"[\s\S]*?<\/svg>/, ''));
      const drawn = all.join(' ');
      expect(drawn).not.toContain('…');
      for (const text of [words.title, words.subtitle, words.source, words.licence, ...(chart.input.lines.length > 1 ? chart.input.lines : [])]) {
        expect(drawn.replace(/\s+/g, '')).toContain(text.replace(/\s+/g, ''));
      }
      const layout = posterLayout(words, size, chart.input.lines);
      expect(layout.fits).toBe(true);
      expect(layout.chartHeight).toBeGreaterThanOrEqual(size.height / 2 - 60);
      // Each line of words, drawn alone by resvg, lies inside the image and outside the chart.
      for (const m of svg.replace(/<svg x="20"[\s\S]*?<\/svg>/, '').matchAll(/<text\b[^>]*>[^<]*<\/text>/g)) {
        const box = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" font-family="Liberation Sans, DejaVu Sans">${m[0]}</svg>`, { font: PNG_FONT }).getBBox()!;
        expect(box.x).toBeGreaterThanOrEqual(20);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width - 20);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        expect(box.y + box.height <= layout.chartTop + 2 || box.y >= layout.chartTop + layout.chartHeight - 2).toBe(true);
      }
    });
  });

  it('every UK poster fits its words at both sizes, the chart keeping at least a third of the height', () => {
    const misfits = site.indicators.flatMap((ind) => {
      const chart = headlineChart(ind);
      if (!chart) return [];
      const words = posterText(ind, chart.title, chart.input.years);
      return Object.values(SIZES).map((size) => [ind.id, size.width, posterLayout(words, size, chart.input.lines)] as const)
        .filter(([, , l]) => !l.fits || l.chartHeight < l.size.height / 3)
        .map(([i, w, l]) => `${i} at ${w}: chart ${l.chartHeight}px`);
    });
    expect(misfits).toEqual([]);
  });
});

describe('quotes name the measure and each source once', () => {
  it.each([
    ['the same name twice', ['Office for National Statistics (ONS)', 'Office for National Statistics (ONS)'], ['Office for National Statistics (ONS)']],
    ['with and without its abbreviation', ['Office for National Statistics', 'Department for Education', 'Office for National Statistics (ONS)'], ['Office for National Statistics (ONS)', 'Department for Education']],
    ['two in one field, "&" for "and"', ['OHID; The University of Manchester', 'Food & Rural Affairs', 'Food and Rural Affairs', 'The University of Manchester'], ['OHID', 'The University of Manchester', 'Food and Rural Affairs']],
    ['none', [undefined, ''], []],
  ])('%s', (_name, names, unique) => {
    expect(uniqueNames(names)).toEqual(unique);
  });

  it('3.1.1: the measure, the value with its unit and year, the source', () => {
    expect(keyFigures(indicator('3-1-1')).map((f) => f.quote)).toEqual([
      'Maternal mortality rate: 10.90 per 100,000 maternities (2018-20). Source: National Perinatal Epidemiology Unit (NPEU).',
      'Maternal mortality rate: 8.79 per 100,000 maternities (2017-19). Source: National Perinatal Epidemiology Unit (NPEU).',
      'Maternal mortality rate, change from 2017-19 to 2018-20: +2.11 per 100,000 maternities. Source: National Perinatal Epidemiology Unit (NPEU).',
      'Maternal mortality rate: 13.95 per 100,000 maternities (2003-05). Source: National Perinatal Epidemiology Unit (NPEU).',
    ]);
  });

  it('3.2.2: ONS named once though its metadata name it three times', () => {
    expect(keyFigures(indicator('3-2-2'))[0]!.quote).toBe('Number of neonatal deaths per 1,000 live births (Neonatal mortality rate): 2.7 per 1,000 live births (2020). Source: Office for National Statistics (ONS); NISRA.');
  });

  it('every UK quote names its measure, and no source twice', () => {
    const problems = site.indicators.flatMap((ind) => keyFigures(ind).map((f) => ({ id: ind.id, quote: f.quote, measure: f.measure })))
      .filter(({ quote, measure }) => !/\p{L}/u.test(measure) || !quote.startsWith(`${measure}: `) && !quote.startsWith(`${measure}, `) || /Source: (.+)\.$/.exec(quote)?.[1]!.split('; ').some((s, i, all) => all.indexOf(s) !== i));
    expect(problems).toEqual([]);
  });
});

describe('the 3.9.1 map', () => {
  it('says in words why 16 codes are not drawn, and keeps their names from the data', () => {
    const [boundaries] = readBoundarySets('data/uk', repositoryFiles({ root: 'data/uk', frameworkRoot: 'data/sdg-framework' }), site.mapLayers);
    const codes = new Set(boundaries!.features.map((f) => f.code));
    const data = mapData(indicator('3-9-1'), codes)!;
    expect(data.unmatched).toHaveLength(16);
    expect(explainUnmatched(sortUnmatched(data.unmatched, [...codes]), '2016')).toEqual([
      'Not drawn: 1 country and 9 regions, whose figures are totals over areas of the map.',
      '6 districts have codes newer than the 2016 boundary file: boundaries have changed since, so they are not drawn.',
    ]);
    expect(data.unmatchedNames).toMatchObject({ E06000058: 'Bournemouth, Christchurch and Poole', E07000244: 'East Suffolk', E12000001: 'North East' });
  });
});

describe('the embed code', () => {
  it('escapes the title, and its script reads only a number from messages of the site\'s own origin', () => {
    const code = iframeCode('3-9-1', 'Air "pollution" <PM2.5> & deaths');
    expect(code).toContain('title="Air &#34;pollution&#34; &#60;PM2.5&#62; &#38; deaths"');
    const script = /<script>([\s\S]*)<\/script>/.exec(code)![1]!;
    expect(script).not.toMatch(/pollution|innerHTML|eval|Function|src=/);
    expect(script).toContain('e.origin!=="http://127.0.0.1:4321"');
    expect(script).toContain('Math.ceil(Number(e.data.height))');
  });
});
