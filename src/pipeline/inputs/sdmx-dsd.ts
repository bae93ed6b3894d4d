/**
 * Reads an SDMX-ML 2.1 structure message holding a data structure definition (DSD): its dimensions
 * and attributes, concept names and codelists in every language, and which indicators each SERIES
 * code belongs to (the `Indicator` annotations sdg-build reads). Real DSDs run to megabytes on a
 * handful of lines, so this is one streaming pass that keeps only what the data readers need.
 */
import type { ProblemList } from '../problems.ts';
import { walkXml } from './sdmx-xml.ts';
import { append } from '../extent.ts';

/** Text per language (`xml:lang`; '' when absent), in document order: the first is sdg-build's "name". */
export type Names = Map<string, string>;

export interface DsdComponent {
  id: string;
  kind: 'dimension' | 'time' | 'attribute' | 'measure';
  /** The concept the component stands for (its `ConceptIdentity`), usually the same as `id`. */
  concept: string;
  /** The codelist its values come from, when enumerated. */
  codelist?: string;
  /** For attributes: where values are attached (an `AttributeRelationship` to the primary measure means each observation). */
  attachment?: 'dataset' | 'group' | 'series' | 'observation';
  /** The concept scheme the concept is in (its `Ref`), so the DSD can be written out again as it was. */
  conceptRef?: MaintainableRef;
  /** The codelist's maintainer and version (its `Ref`). */
  codelistRef?: { agency: string; version: string };
  /** `assignmentStatus` of an attribute (Mandatory or Conditional). */
  assignment?: string;
}

/** Where a maintained artefact (codelist, concept scheme) lives: its id, agency and version. */
export interface MaintainableRef {
  id: string;
  agency: string;
  version: string;
}

/** One indicator a SERIES code feeds: dashed id (`1-2-1`, `1-3-1-a`) and its title per language. */
export interface SeriesIndicator {
  id: string;
  names: Names;
}

export interface Dsd {
  file: string;
  agency: string;
  id: string;
  version: string;
  dimensions: DsdComponent[];
  attributes: DsdComponent[];
  /** The primary measure (OBS_VALUE), where the DSD names one. */
  measure?: DsdComponent;
  concepts: Map<string, Names>;
  /** Codelist id → code id → name per language. */
  codelists: Map<string, Map<string, Names>>;
  /** Codelists and concept schemes as maintained (agency, version, names), by id. */
  maintained: Map<string, MaintainableRef & { names: Names }>;
  /** SERIES code → the indicators it belongs to (empty when the code has no `Indicator` annotation). */
  series: Map<string, SeriesIndicator[]>;
}

/** Annotation titles that carry a series' indicator ids and titles (sdg-build's default XPaths). */
export interface AnnotationTitles {
  indicator: string;
  name: string;
}
export const DEFAULT_TITLES: AnnotationTitles = { indicator: 'Indicator', name: 'IndicatorTitle' };

/** `1.2.1` → `1-2-1`; `3.9.1.1 ` → `3-9-1-1`; `1.3.1.a` → `1-3-1-a` (sdg-build: first word, dots to dashes). */
export function normalizeIndicatorId(text: string): string {
  const word = text.trim().split(/\s+/)[0] ?? '';
  return word.replace(/\./g, '-').replace(/^-+|-+$/g, '');
}

/** Titles often repeat the id (`1.1.1.1 Extreme poverty rate`); sdg-build removes it in both spellings. */
function indicatorName(text: string, id: string): string {
  return text.split(id).join('').split(id.replace(/-/g, '.')).join('').trim();
}

interface CodeAnnotations {
  ids: string[];
  names: Names[];
}

const componentKinds: Record<string, DsdComponent['kind']> = { Dimension: 'dimension', TimeDimension: 'time', Attribute: 'attribute' };
const attachments: Record<string, DsdComponent['attachment']> = {
  PrimaryMeasure: 'observation', Dimension: 'series', Group: 'group', AttachmentGroup: 'group', None: 'dataset',
};

/** Reads a DSD; undefined (with the problem reported) when the file is not XML or holds no data structure. */
export function readDsd(text: string, file: string, problems: ProblemList, titles: AnnotationTitles = DEFAULT_TITLES): Dsd | undefined {
  let structure: { agency: string; id: string; version: string } | undefined;
  let inStructure = false;
  const dimensions: DsdComponent[] = [];
  const attributes: DsdComponent[] = [];
  let measure: DsdComponent | undefined;
  const concepts = new Map<string, Names>();
  const codelists = new Map<string, Map<string, Names>>();
  const maintained = new Map<string, MaintainableRef & { names: Names }>();
  let scheme: Names | undefined;
  const annotations = new Map<string, Map<string, CodeAnnotations>>();

  const stack: string[] = [];
  let component: DsdComponent | undefined;
  let concept: Names | undefined;
  let codelist: { id: string; codes: Map<string, Names> } | undefined;
  let code: { id: string; names: Names } | undefined;
  let annotation: { title: string; texts: Names } | undefined;
  // The element whose text is being collected, and where it goes when the element closes.
  let capture: { text: string; done: (text: string) => void } | undefined;

  const ok = walkXml(text, file, problems, {
    open(name, attrs) {
      const parent = stack[stack.length - 1];
      stack.push(name);
      const lang = attrs['xml:lang'] ?? '';
      if (name === 'DataStructure' && !structure) {
        structure = { agency: attrs['agencyID'] ?? '', id: attrs['id'] ?? '', version: attrs['version'] ?? '1.0' };
        inStructure = true;
      } else if (inStructure && (parent === 'DimensionList' || parent === 'AttributeList') && componentKinds[name] && attrs['id']) {
        component = { id: attrs['id'], kind: componentKinds[name]!, concept: attrs['id'], ...(attrs['assignmentStatus'] ? { assignment: attrs['assignmentStatus'] } : {}) };
        (component.kind === 'attribute' ? attributes : dimensions).push(component);
      } else if (inStructure && parent === 'MeasureList' && name === 'PrimaryMeasure' && attrs['id']) {
        component = { id: attrs['id'], kind: 'measure', concept: attrs['id'] };
        measure = component;
      } else if (component && name === 'Ref' && attrs['id']) {
        if (parent === 'ConceptIdentity') {
          component.concept = attrs['id'];
          if (attrs['maintainableParentID']) component.conceptRef = { id: attrs['maintainableParentID'], agency: attrs['agencyID'] ?? '', version: attrs['maintainableParentVersion'] ?? '1.0' };
        }
        if (parent === 'Enumeration') {
          component.codelist = attrs['id'];
          component.codelistRef = { agency: attrs['agencyID'] ?? '', version: attrs['version'] ?? '1.0' };
        }
      } else if (component && parent === 'AttributeRelationship' && attachments[name]) {
        // Dimension refs mean series level, unless another ref already said observation.
        component.attachment ??= attachments[name];
      } else if (name === 'Concept' && parent === 'ConceptScheme' && attrs['id'] && !concepts.has(attrs['id'])) {
        concept = new Map();
        concepts.set(attrs['id'], concept);
      } else if (name === 'Codelist' && attrs['id'] && !codelists.has(attrs['id'])) {
        codelist = { id: attrs['id'], codes: new Map() };
        codelists.set(codelist.id, codelist.codes);
        maintained.set(attrs['id'], { id: attrs['id'], agency: attrs['agencyID'] ?? '', version: attrs['version'] ?? '1.0', names: new Map() });
      } else if (name === 'ConceptScheme' && attrs['id'] && !maintained.has(attrs['id'])) {
        scheme = new Map();
        maintained.set(attrs['id'], { id: attrs['id'], agency: attrs['agencyID'] ?? '', version: attrs['version'] ?? '1.0', names: scheme });
      } else if (name === 'Name' && (parent === 'Codelist' || parent === 'ConceptScheme') && (parent === 'Codelist' ? codelist : scheme)) {
        const names = parent === 'Codelist' ? maintained.get(codelist!.id)!.names : scheme!;
        capture = { text: '', done: (t) => void (names.has(lang) || names.set(lang, t)) };
      } else if (name === 'Code' && codelist && parent === 'Codelist' && attrs['id']) {
        code = { id: attrs['id'], names: new Map() };
        codelist.codes.set(code.id, code.names);
      } else if (name === 'Name' && parent === 'Concept' && concept) {
        const names = concept;
        capture = { text: '', done: (t) => void (names.has(lang) || names.set(lang, t)) };
      } else if (name === 'Name' && parent === 'Code' && code) {
        const names = code.names;
        capture = { text: '', done: (t) => void (names.has(lang) || names.set(lang, t)) };
      } else if (name === 'Annotation' && code) {
        annotation = { title: '', texts: new Map() };
      } else if (name === 'AnnotationTitle' && annotation) {
        const a = annotation;
        capture = { text: '', done: (t) => void (a.title = t) };
      } else if (name === 'AnnotationText' && annotation) {
        const a = annotation;
        capture = { text: '', done: (t) => void (a.texts.has(lang) || a.texts.set(lang, t)) };
      }
    },
    text(t) {
      if (capture) capture.text += t;
    },
    close(name) {
      stack.pop();
      if (capture && (name === 'Name' || name === 'AnnotationTitle' || name === 'AnnotationText')) {
        capture.done(capture.text.trim());
        capture = undefined;
      } else if (name === 'Annotation' && annotation && code && codelist) {
        if (annotation.title === titles.indicator || annotation.title === titles.name) {
          const byCode = annotations.get(codelist.id) ?? new Map<string, CodeAnnotations>();
          annotations.set(codelist.id, byCode);
          const found = byCode.get(code.id) ?? { ids: [], names: [] };
          byCode.set(code.id, found);
          if (annotation.title === titles.indicator) append(found.ids, annotation.texts.values());
          else found.names.push(annotation.texts);
        }
        annotation = undefined;
      } else if (name === 'Code') code = undefined;
      else if (name === 'Codelist') codelist = undefined;
      else if (name === 'ConceptScheme') scheme = undefined;
      else if (name === 'Concept') concept = undefined;
      else if (name === 'Dimension' || name === 'TimeDimension' || name === 'Attribute' || (name === 'PrimaryMeasure' && stack[stack.length - 1] === 'MeasureList')) {
        if (stack[stack.length - 1] !== 'AttributeRelationship') component = undefined;
      } else if (name === 'DataStructure') inStructure = false;
    },
  }, () => problems.error(file, 1, 'The DSD file is empty: expected an SDMX-ML 2.1 structure message.',
    'Use the data structure definition (DSD) the data files were made with.'));
  if (!ok) return undefined;
  if (!structure) {
    problems.error(file, 1, 'No data structure definition in this file: expected a <DataStructure> element.',
      'Use the data structure definition (DSD) file here, not a codelist or data file.');
    return undefined;
  }
  for (const c of attributes) c.attachment ??= 'dataset';

  const seriesCodelist = dimensions.find((d) => d.id === 'SERIES')?.codelist ?? 'CL_SERIES';
  const series = new Map<string, SeriesIndicator[]>();
  const annotated = annotations.get(seriesCodelist);
  for (const codeId of codelists.get(seriesCodelist)?.keys() ?? []) {
    const found = annotated?.get(codeId);
    const ids = [...new Set((found?.ids ?? []).map(normalizeIndicatorId).filter((id) => id !== ''))];
    series.set(codeId, ids.map((id, i) => {
      // sdg-build pairs ids with titles by position, reusing the first title when there are fewer.
      const titleNames = found?.names[i] ?? found?.names[0] ?? new Map<string, string>();
      return { id, names: new Map([...titleNames].map(([lang, t]) => [lang, indicatorName(t, id)])) };
    }));
  }
  return { file, ...structure, dimensions, attributes, ...(measure ? { measure } : {}), concepts, codelists, maintained, series };
}

/** The component (dimension or attribute) with this id, if the DSD has one. */
export function dsdComponent(dsd: Dsd, id: string): DsdComponent | undefined {
  return dsd.dimensions.find((d) => d.id === id) ?? dsd.attributes.find((a) => a.id === id);
}

/** `KG_NSC:SDG(1.8)`, the way SDMX writes a reference to a structure. */
export const structureRef = (s: { agency: string; id: string; version: string }): string => `${s.agency}:${s.id}(${s.version})`;
