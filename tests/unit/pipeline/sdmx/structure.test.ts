/**
 * The SDMX tree of a small repository: every structure message is well-formed XML in the shape of an SDMX-ML 2.1
 * structure message (checked with a real XML parser, saxes: element order, required parts, every reference
 * resolved in the message), the project's own SDMX-ML reader reads each generated DSD back to the dataflow's
 * components, text from data is escaped, and the index leads to every file.
 */
import { SaxesParser } from 'saxes';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDsd } from '../../../../src/pipeline/inputs/sdmx-dsd.ts';
import { ProblemList } from '../../../../src/pipeline/problems.ts';
import { sdmxFiles, sdmxIndex, type SdmxFile } from '../../../../src/pipeline/sdmx/tree.ts';
import { writeCsv, writeSparseCsv, type CsvCell } from '../../../../src/pipeline/write-csv.ts';
import { csvRepo, dsdRepo, out } from './sdmx-fixture.ts';

interface Element { name: string; attrs: Record<string, string>; children: Element[]; text: string }

/** The document as a tree; throws on anything not well-formed. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser({ xmlns: false });
  const root: Element = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (t) => {
    const el: Element = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => { stack[stack.length - 1]!.text += t; });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root.children[0]!;
}
const all = (el: Element, name: string): Element[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
const child = (el: Element, name: string) => el.children.find((c) => c.name === name);

const ORDER = ['str:Dataflows', 'str:Codelists', 'str:Concepts', 'str:DataStructures'];

/** The SDMX-ML 2.1 shape, as far as these messages use it. */
function checkStructureMessage(xml: string): Element {
  const doc = parseXml(xml);
  expect(doc.name).toBe('mes:Structure');
  expect(doc.attrs['xmlns:mes']).toBe('http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message');
  expect(doc.children.map((c) => c.name)).toEqual(['mes:Header', 'mes:Structures']);
  expect(child(doc, 'mes:Header')!.children.map((c) => c.name)).toEqual(['mes:ID', 'mes:Test', 'mes:Prepared', 'mes:Sender']);
  const sections = child(doc, 'mes:Structures')!.children.map((c) => c.name);
  expect(sections.length).toBeGreaterThan(0);
  expect(sections).toEqual(ORDER.filter((s) => sections.includes(s)));
  for (const m of [...all(doc, 'str:Dataflow'), ...all(doc, 'str:Codelist'), ...all(doc, 'str:ConceptScheme'), ...all(doc, 'str:DataStructure')]) {
    for (const a of ['id', 'agencyID', 'version', 'urn']) expect(m.attrs[a], `${m.name} ${a}`).toBeTruthy();
    expect(m.children[0]!.name, `${m.name} ${m.attrs['id']} starts with a name`).toBe('com:Name');
  }
  for (const f of all(doc, 'str:Dataflow')) expect(child(child(f, 'str:Structure')!, 'Ref')!.attrs['class']).toBe('DataStructure');
  const codelists = new Set(all(doc, 'str:Codelist').map((c) => c.attrs['id']));
  const concepts = new Set(all(doc, 'str:ConceptScheme').flatMap((s) => all(s, 'str:Concept').map((c) => `${s.attrs['id']}.${c.attrs['id']}`)));
  for (const dsd of all(doc, 'str:DataStructure')) {
    const components = child(dsd, 'str:DataStructureComponents')!;
    expect(components.children.map((c) => c.name).filter((n) => n !== 'str:AttributeList')).toEqual(['str:DimensionList', 'str:MeasureList']);
    const dims = child(components, 'str:DimensionList')!.children;
    expect(dims[dims.length - 1]!.name).toBe('str:TimeDimension');
    for (const c of [...dims, ...all(components, 'str:Attribute'), ...all(components, 'str:PrimaryMeasure').filter((p) => p.attrs['id'])]) {
      const concept = child(child(c, 'str:ConceptIdentity')!, 'Ref')!;
      expect(concepts.has(`${concept.attrs['maintainableParentID']}.${concept.attrs['id']}`), `${c.attrs['id']}'s concept is in the message`).toBe(true);
      const list = child(child(c, 'str:LocalRepresentation')!, 'str:Enumeration');
      if (list) expect(codelists.has(child(list, 'Ref')!.attrs['id']), `${c.attrs['id']}'s codelist is in the message`).toBe(true);
      if (c.name === 'str:Attribute') expect(c.attrs['assignmentStatus']).toMatch(/^(Mandatory|Conditional)$/);
    }
  }
  return doc;
}

const text = (files: SdmxFile[], path: string): string => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  if ('bytes' in f) throw new Error(`${path} is binary`);
  return f.text;
};

describe('the SDMX tree of a repository with mapping files', () => {
  it('writes every file the index lists, and the structures they cite', async () => {
    const site = await csvRepo(out('cases/all-mapped.csv'));
    const files = [...sdmxFiles(site.sdmx!, '2026-01-01T00:00:00Z')];
    const index = JSON.parse(text(files, 'sdmx/index.json')) as ReturnType<typeof sdmxIndex>;
    expect(index.dataflows.map((f) => [f.id, f.structure, f.observations])).toEqual([['1-2-1', 'NSO:DSD_1-2-1(1.0)', 5]]);
    const flow = index.dataflows[0]!;
    for (const path of [flow.data.csv, flow.data.json, flow.dataflow, flow.datastructure, flow.download, index.structures, index.allData]) {
      expect(files.some((f) => `/${f.path}` === path), path).toBe(true);
    }
    // The flow's CSV data is the indicator's SDMX-CSV download, written once.
    expect(flow.data.csv).toBe(flow.download);
    expect(files.filter((f) => f.path.endsWith('.csv')).map((f) => f.path)).toEqual(['downloads/1-2-1.sdmx.csv']);
    for (const path of [flow.dataflow, flow.datastructure, index.structures]) checkStructureMessage(text(files, path.slice(1)));

    // The project's SDMX-ML reader reads the generated DSD back to the flow's components, codelists and names.
    const problems = new ProblemList();
    const dsd = readDsd(text(files, flow.datastructure.slice(1)), 'dsd.xml', problems)!;
    expect(problems.items).toEqual([]);
    expect([dsd.agency, dsd.id, dsd.version]).toEqual(['NSO', 'DSD_1-2-1', '1.0']);
    expect(dsd.dimensions.map((d) => `${d.id}:${d.kind}:${d.codelist ?? ''}`)).toEqual(['SEX:dimension:CL_SEX', 'AGE:dimension:CL_AGE', 'UNIT_MEASURE:dimension:CL_UNIT_MEASURE', 'TIME_PERIOD:time:']);
    expect([...dsd.codelists.get('CL_SEX')!].map(([code, names]) => `${code} ${names.get('en')}`)).toEqual(['_T Total', 'F Female', 'M Male']);
    expect(dsd.concepts.get('AGE')!.get('en')).toBe('Age');
  });

  it('escapes text from the data in every structure message', async () => {
    const hostile = 'Year,<b onmouseover="x">Group & co</b>,Sex,Value\n2015,"a<b>&\'""",<i>Fem&ale</i>,1\n';
    const site = await csvRepo(hostile, { extra: { 'code_mapping.csv': 'Text,Dimension,Value\n<i>Fem&ale</i>,SEX,F\n' } });
    const files = [...sdmxFiles(site.sdmx!, '2026-01-01T00:00:00Z')];
    for (const f of files.filter((x) => x.path.endsWith('.xml'))) {
      const doc = checkStructureMessage(text(files, f.path));
      expect(all(doc, 'b')).toEqual([]);
      expect(all(doc, 'i')).toEqual([]);
    }
    const doc = parseXml(text(files, 'sdmx/datastructure/NSO/DSD_1-2-1/1.0.xml'));
    const names = all(doc, 'com:Name').map((n) => n.text);
    expect(names).toContain('<b onmouseover="x">Group & co</b>');
    expect(names).toContain('<i>Fem&ale</i>');
  });

  it('the site-wide file is a zip of every flow\'s SDMX-CSV, each the same bytes as its download', async () => {
    const site = await csvRepo(out('cases/unmapped-column.csv'), { extra: { 'data/indicator_1-2-2.csv': out('cases/all-mapped.csv'), 'meta/1-2-2.md': '---\nreporting_status: complete\n---\n' } });
    const files = [...sdmxFiles(site.sdmx!, '2026-01-01T00:00:00Z')];
    const zip = files.find((f) => f.path === 'downloads/all.sdmx.zip');
    if (!zip || !('bytes' in zip)) throw new Error('no all.sdmx.zip');
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).sort()).toEqual(['1-2-1.sdmx.csv', '1-2-2.sdmx.csv']);
    for (const id of ['1-2-1', '1-2-2']) expect(strFromU8(entries[`${id}.sdmx.csv`]!)).toBe(text(files, `downloads/${id}.sdmx.csv`));
    expect(strFromU8(entries['1-2-2.sdmx.csv']!).trimEnd().split('\n')).toEqual([
      'STRUCTURE,STRUCTURE_ID,SEX,AGE,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE',
      'dataflow,NSO:1-2-2(1.0),_T,_T,PT,2015,15.1',
      'dataflow,NSO:1-2-2(1.0),F,_T,PT,2015,16',
      'dataflow,NSO:1-2-2(1.0),M,Y0T4,PT,2015,14.2',
      'dataflow,NSO:1-2-2(1.0),_T,_T,PT,2016,-3.5',
      'dataflow,NSO:1-2-2(1.0),F,_T,PT,2016,',
    ]);
  });
});

describe('the SDMX tree of a repository with its own DSD', () => {
  it('cites the DSD, and writes it again (dimensions, attributes, codelists, concepts) from what was read', async () => {
    const site = await dsdRepo(out('dsd/not-in-codelist.xml'));
    const files = [...sdmxFiles(site.sdmx!, '2026-01-01T00:00:00Z')];
    const index = JSON.parse(text(files, 'sdmx/index.json')) as ReturnType<typeof sdmxIndex>;
    expect(index.dataflows.map((f) => [f.id, f.structure, f.datastructure])).toEqual([
      ['1-1-1', 'TEST:SDG(1.1)', '/sdmx/datastructure/TEST/SDG/1.1.xml'],
      ['1-3-1-a', 'TEST:SDG(1.1)', '/sdmx/datastructure/TEST/SDG/1.1.xml'],
    ]);
    const flowDoc = checkStructureMessage(text(files, 'sdmx/dataflow/TEST/1-1-1/1.0.xml'));
    // A name per published language (the test's framework has English titles only, so Russian falls back).
    const title = '1.1.1 Proportion of the population living below the international poverty line by sex, age, employment status and geographic location (urban/rural)';
    expect(all(flowDoc, 'com:Name').map((n) => `${n.attrs['xml:lang']}: ${n.text}`)).toEqual([`en: ${title}`, `ru: ${title}`]);
    const problems = new ProblemList();
    const again = readDsd(text(files, 'sdmx/datastructure/TEST/SDG/1.1.xml'), 'again.xml', problems)!;
    checkStructureMessage(text(files, 'sdmx/datastructure/TEST/SDG/1.1.xml'));
    const original = readDsd(out('../sdmx/dsd.xml'), 'dsd.xml', new ProblemList())!;
    const shape = (d: typeof again) => [...d.dimensions, ...d.attributes].map((c) => `${c.id} ${c.kind} ${c.codelist ?? ''} ${c.attachment ?? ''}`);
    expect(shape(again)).toEqual(shape(original));
    expect([...again.codelists.get('CL_SEX')!.get('F')!]).toEqual([...original.codelists.get('CL_SEX')!.get('F')!]);
  });
});

describe('writeSparseCsv', () => {
  const cells: CsvCell[] = ['plain', 'a,b', 'say "hi"', '=SUM(A1)', '-3.5', -3.5, 0, 1e-7, '+44 20', '@x', '', null, ' lead', 'line\nbreak', 'Ё'];
  it('writes what writeCsv writes for the same rows, gaps as empty cells', () => {
    const columns = ['S', 'A', 'B', 'C', 'D', 'E'];
    const rows = cells.map((c, i) => [`s${i}`, c, cells[(i + 3) % cells.length]!]);
    const dense = rows.map(([s, x, y]) => [s, '', x, '', '', y]);
    expect(writeSparseCsv(columns, [{ at: [0, 2, 5], lead: [], pick: [0, 1, 2], rows }])).toBe(writeCsv(columns, dense));
    const lead = rows.map(([, x]) => ['L', '', '', x, '', '']);
    expect(writeSparseCsv(columns, [{ at: [0, 3], lead: ['L'], pick: [1], rows }])).toBe(writeCsv(columns, lead));
  });
});
