/**
 * SDMX-ML 2.1 structure messages: dataflows, data structure definitions, codelists and concept schemes, in the order
 * the SDMX 2.1 schema puts them. Every id and name is escaped on the way out (names come from data and metadata).
 */
import { urnOf, type ArtefactRef, type Names, type SdmxCodelist, type SdmxComponent, type SdmxConceptScheme, type SdmxDsd, type SdmxFlow } from './model.ts';

const NS = 'xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"';

/** Text safe in XML content and attribute values: markup escaped, characters XML 1.0 forbids left out. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
const e = escapeXml;
/** xml:lang wants BCP 47 (`nb-NO`), Open SDG writes `nb_NO`. */
const lang = (l: string) => l.replace(/_/g, '-');

const names = (ns: Names, indent: string) =>
  [...ns].filter(([, text]) => text !== '').map(([l, text]) => `${indent}<com:Name xml:lang="${e(lang(l))}">${e(text)}</com:Name>`).join('\n');
const maintainable = (r: ArtefactRef, kind: Parameters<typeof urnOf>[0], partial = false) =>
  `id="${e(r.id)}" agencyID="${e(r.agency)}" version="${e(r.version)}" urn="${e(urnOf(kind, r))}" isFinal="false"${partial ? ' isPartial="true"' : ''}`;

function conceptRef(c: SdmxComponent): string {
  const s = c.conceptScheme;
  return `<str:ConceptIdentity><Ref id="${e(c.concept)}" maintainableParentID="${e(s.id)}" maintainableParentVersion="${e(s.version)}" agencyID="${e(s.agency)}" package="conceptscheme" class="Concept"/></str:ConceptIdentity>`;
}

function representation(c: SdmxComponent): string {
  if (c.codelist) {
    const l = c.codelist;
    return `<str:LocalRepresentation><str:Enumeration><Ref id="${e(l.id)}" version="${e(l.version)}" agencyID="${e(l.agency)}" package="codelist" class="Codelist"/></str:Enumeration></str:LocalRepresentation>`;
  }
  if (c.role === 'time') return '<str:LocalRepresentation><str:TextFormat textType="ObservationalTimePeriod"/></str:LocalRepresentation>';
  if (c.role === 'measure') return '<str:LocalRepresentation><str:TextFormat textType="Double"/></str:LocalRepresentation>';
  return '<str:LocalRepresentation><str:TextFormat textType="String"/></str:LocalRepresentation>';
}

function relationship(c: SdmxComponent, dims: SdmxComponent[], measure: string): string {
  if (c.attachment === 'dataset') return '<str:AttributeRelationship><str:None/></str:AttributeRelationship>';
  if (c.attachment === 'series') return `<str:AttributeRelationship>${dims.filter((d) => d.role === 'dimension').map((d) => `<str:Dimension><Ref id="${e(d.id)}"/></str:Dimension>`).join('')}</str:AttributeRelationship>`;
  return `<str:AttributeRelationship><str:PrimaryMeasure><Ref id="${e(measure)}"/></str:PrimaryMeasure></str:AttributeRelationship>`;
}

function dataStructure(dsd: SdmxDsd): string {
  const dims = dsd.components.filter((c) => c.role === 'dimension' || c.role === 'time');
  const measure = dsd.components.find((c) => c.role === 'measure');
  const attrs = dsd.components.filter((c) => c.role === 'attribute');
  const dimLines = dims.map((c, i) => c.role === 'time'
    ? `          <str:TimeDimension id="${e(c.id)}" position="${i + 1}">${conceptRef(c)}${representation(c)}</str:TimeDimension>`
    : `          <str:Dimension id="${e(c.id)}" position="${i + 1}">${conceptRef(c)}${representation(c)}</str:Dimension>`);
  const attrLines = attrs.map((c) => `          <str:Attribute id="${e(c.id)}" assignmentStatus="${e(c.assignment ?? 'Conditional')}">${conceptRef(c)}${representation(c)}${relationship(c, dims, measure?.id ?? 'OBS_VALUE')}</str:Attribute>`);
  return [
    `    <str:DataStructure ${maintainable(dsd.ref, 'DataStructure')}>`,
    names(dsd.names, '      '),
    '      <str:DataStructureComponents>',
    '        <str:DimensionList id="DimensionDescriptor">', ...dimLines, '        </str:DimensionList>',
    ...(attrLines.length > 0 ? ['        <str:AttributeList id="AttributeDescriptor">', ...attrLines, '        </str:AttributeList>'] : []),
    ...(measure ? ['        <str:MeasureList id="MeasureDescriptor">', `          <str:PrimaryMeasure id="${e(measure.id)}">${conceptRef(measure)}${representation(measure)}</str:PrimaryMeasure>`, '        </str:MeasureList>'] : []),
    '      </str:DataStructureComponents>',
    '    </str:DataStructure>',
  ].filter((l) => l !== '').join('\n');
}

const dataflow = (f: SdmxFlow) => [
  `    <str:Dataflow ${maintainable(f.ref, 'Dataflow')}>`,
  names(f.names, '      '),
  `      <str:Structure><Ref id="${e(f.dsd.id)}" version="${e(f.dsd.version)}" agencyID="${e(f.dsd.agency)}" package="datastructure" class="DataStructure"/></str:Structure>`,
  '    </str:Dataflow>',
].filter((l) => l !== '').join('\n');

const codelist = (l: SdmxCodelist, only?: ReadonlySet<string>) => [
  `    <str:Codelist ${maintainable(l.ref, 'Codelist', !!only)}>`,
  names(l.names, '      '),
  ...[...l.codes].filter(([id]) => !only || only.has(id)).map(([id, ns]) => `      <str:Code id="${e(id)}" urn="${e(`urn:sdmx:org.sdmx.infomodel.codelist.Code=${l.ref.agency}:${l.ref.id}(${l.ref.version}).${id}`)}">\n${names(ns.size ? ns : new Map([['en', id]]), '        ')}\n      </str:Code>`),
  '    </str:Codelist>',
].filter((x) => x !== '').join('\n');

const conceptScheme = (s: SdmxConceptScheme, only?: ReadonlySet<string>) => [
  `    <str:ConceptScheme ${maintainable(s.ref, 'ConceptScheme', !!only)}>`,
  names(s.names, '      '),
  // A description beside each name: rsdmx (R) cannot tabulate concepts without one unless there are exactly two languages.
  ...[...s.concepts].filter(([id]) => !only || only.has(id)).map(([id, ns]) => `      <str:Concept id="${e(id)}" urn="${e(`urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=${s.ref.agency}:${s.ref.id}(${s.ref.version}).${id}`)}">\n${names(ns.size ? ns : new Map([['en', id]]), '        ')}\n${names(ns.size ? ns : new Map([['en', id]]), '        ').replace(/com:Name/g, 'com:Description')}\n      </str:Concept>`),
  '    </str:ConceptScheme>',
].filter((x) => x !== '').join('\n');

export interface StructureContent {
  flows?: readonly SdmxFlow[];
  dsds?: readonly SdmxDsd[];
  codelists?: readonly SdmxCodelist[];
  conceptSchemes?: readonly SdmxConceptScheme[];
  /** Only these concepts of the schemes (a partial scheme: what one dataflow's DSD cites). */
  concepts?: ReadonlySet<string>;
  /** Per codelist id, only these codes (partial codelists: what one dataflow uses). */
  codes?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** One structure message holding `content`; `id` and `prepared` go into its header. */
export function structureMessage(content: StructureContent, header: { id: string; sender: string; prepared: string }): string {
  const section = (tag: string, items: readonly string[]) => (items.length > 0 ? [`  <${tag}>`, ...items, `  </${tag}>`] : []);
  const parts = [
    ...section('str:Dataflows', (content.flows ?? []).map(dataflow)),
    ...section('str:Codelists', (content.codelists ?? []).map((l) => codelist(l, content.codes?.get(l.ref.id)))),
    ...section('str:Concepts', (content.conceptSchemes ?? []).map((c) => conceptScheme(c, content.concepts))),
    ...section('str:DataStructures', (content.dsds ?? []).map(dataStructure)),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mes:Structure ${NS}>`,
    '<mes:Header>',
    `  <mes:ID>${e(header.id)}</mes:ID>`,
    '  <mes:Test>false</mes:Test>',
    `  <mes:Prepared>${e(header.prepared)}</mes:Prepared>`,
    `  <mes:Sender id="${e(header.sender)}"/>`,
    '</mes:Header>',
    '<mes:Structures>',
    ...parts,
    '</mes:Structures>',
    '</mes:Structure>',
    '',
  ].join('\n');
}
