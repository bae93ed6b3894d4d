/**
 * The options of sdg-build's SDMX-ML inputs (InputSdmxMl_Multiple, InputSdmxMl_StructureSpecific,
 * InputSdmxMl_Structure), checked and given sdg-build's defaults. A wrong option is reported at the
 * input's entry in the configuration and replaced by its default; reading goes on.
 */
import type { ProblemList } from '../problems.ts';
import { nearest } from '../suggest.ts';
import { DEFAULT_TITLES, normalizeIndicatorId, type AnnotationTitles } from './sdmx-dsd.ts';
import type { TableOptions } from './sdmx-tables.ts';
import type { FieldPlace } from './types.ts';

export interface SdmxOptions extends TableOptions {
  /** Where the data is: a path_pattern (Multiple) or one file (`source`). */
  files: string | undefined;
  dsd: string | undefined;
  titles: AnnotationTitles;
}

/** Options sdg-build takes that mean nothing here (Python callbacks, HTTP, logging, names we do not return). */
const IGNORED = ['import_names', 'logging', 'request_params', 'data_alterations', 'meta_alterations'];
const KNOWN = [
  'dsd', 'dimension_map', 'drop_dimensions', 'drop_singleton_dimensions', 'import_codes', 'import_translation_keys',
  'import_series_attributes', 'import_observation_attributes', 'indicator_id_map', 'indicator_id_xpath',
  'indicator_name_xpath', ...IGNORED,
];
const XPATH = /^\.\/\/Annotation\[AnnotationTitle=(['"])(.+?)\1\]\/AnnotationText$/;

const describe = (v: unknown): string =>
  typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? 'a list' : v === null ? 'nothing' : typeof v === 'object' ? 'a map' : String(v);

/** Checks `options` for the input whose file option is `fileOption` (`path_pattern` or `source`). */
export function readSdmxOptions(options: Record<string, unknown>, fileOption: 'path_pattern' | 'source', where: FieldPlace, problems: ProblemList): SdmxOptions {
  const wrong = (name: string, expected: string, hint: string, received: unknown = options[name]) =>
    problems.error(where.file, where.line, `Option "${name}": expected ${expected}, received ${describe(received)}.`, hint);
  const bool = (name: string, fallback: boolean): boolean => {
    const v = options[name];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    wrong(name, 'true or false', `Write ${name}: ${fallback} or leave it out (the default is ${fallback}).`);
    return fallback;
  };
  const text = (name: string): string | undefined => {
    const v = options[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    wrong(name, 'a path', `Give ${name} as a path relative to the repository root.`);
    return undefined;
  };
  const map = (name: string): [string, unknown][] => {
    const v = options[name];
    if (v === undefined || v === null) return [];
    if (typeof v === 'object' && !Array.isArray(v)) return Object.entries(v);
    wrong(name, 'a map of codes', `Write ${name} as "CODE: value" lines indented under it.`);
    return [];
  };
  const title = (name: string, fallback: string): string => {
    const v = options[name];
    if (v === undefined || v === null) return fallback;
    const m = typeof v === 'string' ? XPATH.exec(v.trim()) : null;
    if (m) return m[2]!;
    problems.warning(where.file, where.line, `Option "${name}": expected .//Annotation[AnnotationTitle='…']/AnnotationText, received ${describe(v)}; read with '${fallback}'.`,
      'Only that form of XPath is understood; name the annotation title in it.');
    return fallback;
  };

  for (const name of Object.keys(options)) {
    if (name === fileOption || KNOWN.includes(name)) continue;
    const near = nearest(name, [fileOption, ...KNOWN]);
    problems.warning(where.file, where.line, `Unknown option "${name}"; ignored.`,
      near ? `Did you mean "${near}"?` : `The options are ${[fileOption, ...KNOWN.filter((k) => !IGNORED.includes(k))].join(', ')}.`);
  }

  const dimensionMap = new Map<string, string>();
  for (const [key, value] of map('dimension_map')) {
    if (typeof value === 'string' || typeof value === 'number') dimensionMap.set(key, String(value));
    else if (value === null) dimensionMap.set(key, '');
    else wrong('dimension_map', `text for "${key}"`, `Write "${key}: new name", or "${key}: ''" to leave it out.`, value);
  }
  const indicatorIdMap = new Map<string, string[]>();
  for (const [code, value] of map('indicator_id_map')) {
    const ids = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => normalizeIndicatorId(String(v)));
    if (ids.length > 0 && ids.every((id) => id !== '')) indicatorIdMap.set(code, ids);
    else wrong('indicator_id_map', `an indicator id for "${code}"`, `Write "${code}: 1-2-1", or a list of ids.`, value);
  }
  let dropDimensions: string[] = [];
  const drop = options['drop_dimensions'];
  if (Array.isArray(drop) && drop.every((d) => typeof d === 'string')) dropDimensions = drop;
  else if (drop !== undefined && drop !== null) wrong('drop_dimensions', 'a list of dimension or attribute ids', 'Write each id on its own "- ID" line under drop_dimensions.');

  const files = text(fileOption);
  if (files === undefined && options[fileOption] === undefined) {
    problems.error(where.file, where.line, `Option "${fileOption}" is missing: expected ${fileOption === 'path_pattern' ? 'a pattern such as data/*.xml' : 'the path of an SDMX-ML file'}.`,
      `Add ${fileOption} to this input, relative to the repository root.`);
  }
  return {
    files,
    dsd: text('dsd'),
    dimensionMap,
    dropDimensions: new Set(dropDimensions),
    dropSingletons: bool('drop_singleton_dimensions', true),
    // import_translation_keys is import_codes' deprecated name; either turns it on.
    importCodes: [bool('import_codes', false), bool('import_translation_keys', false)].includes(true),
    importSeriesAttributes: bool('import_series_attributes', true),
    importObservationAttributes: bool('import_observation_attributes', true),
    indicatorIdMap,
    titles: { indicator: title('indicator_id_xpath', DEFAULT_TITLES.indicator), name: title('indicator_name_xpath', DEFAULT_TITLES.name) },
  };
}
