/**
 * The site's data as SDMX: one dataflow per indicator (id = the indicator id), each structured by a DSD (the
 * repository's own, or one generated from the columns and codes it uses), with the codelists and concepts the
 * DSDs cite. Rows are language-neutral codes; names carry every published language.
 */

/** Text per language (`en` → "Sex"). */
export type Names = Map<string, string>;

/** A maintained artefact's identity: `AGENCY:ID(VERSION)`. */
export interface ArtefactRef {
  agency: string;
  id: string;
  version: string;
}

export type Role = 'dimension' | 'time' | 'measure' | 'attribute';

/** One column of an SDMX dataset and what it is in the DSD. */
export interface SdmxComponent {
  id: string;
  role: Role;
  /** The concept it stands for (usually its id), in `conceptScheme`. */
  concept: string;
  conceptScheme: ArtefactRef;
  /** The codelist its values come from; absent for text (a column with no codes, a comment). */
  codelist?: ArtefactRef;
  /** Attributes: Mandatory or Conditional. */
  assignment?: string;
  /** Attributes: where the DSD attaches them (observation level for generated DSDs). */
  attachment?: 'dataset' | 'group' | 'series' | 'observation';
}

export type SdmxCell = string | number | null;

export interface SdmxDsd {
  ref: ArtefactRef;
  names: Names;
  /** Dimensions in key order, the time dimension last; then the measure and the attributes. */
  components: SdmxComponent[];
}

export interface SdmxFlow {
  ref: ArtefactRef;
  /** The indicator it holds (`1-2-1`) and its number and title in each language. */
  indicator: string;
  names: Names;
  dsd: ArtefactRef;
  /** The dataset's columns: the DSD's dimensions and measure, then the attributes the data have. */
  components: SdmxComponent[];
  /** One row per observation, cells in `components` order; keys are unique. */
  rows: SdmxCell[][];
}

export interface SdmxCodelist {
  ref: ArtefactRef;
  names: Names;
  /** Code → name per language, in the order first used. */
  codes: Map<string, Names>;
}

export interface SdmxConceptScheme {
  ref: ArtefactRef;
  names: Names;
  concepts: Map<string, Names>;
}

export interface SdmxExport {
  agency: string;
  /** The languages names are given in, the site's default first. */
  languages: string[];
  flows: SdmxFlow[];
  dsds: SdmxDsd[];
  codelists: SdmxCodelist[];
  conceptSchemes: SdmxConceptScheme[];
  /** True when the flows use the repository's own DSD. */
  declaredDsd: boolean;
  /** True when the repository maps its data to SDMX (mapping files or a DSD); else columns keep their own names. */
  mapped: boolean;
}

/** `KG_NSC:SDG(1.8)`, as SDMX-CSV's STRUCTURE_ID and references write it. */
export const refText = (r: ArtefactRef): string => `${r.agency}:${r.id}(${r.version})`;

/** `urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=A:ID(1.0)`. */
export function urnOf(kind: 'Dataflow' | 'DataStructure' | 'Codelist' | 'ConceptScheme', r: ArtefactRef): string {
  const pkg = { Dataflow: 'datastructure', DataStructure: 'datastructure', Codelist: 'codelist', ConceptScheme: 'conceptscheme' }[kind];
  return `urn:sdmx:org.sdmx.infomodel.${pkg}.${kind}=${refText(r)}`;
}
