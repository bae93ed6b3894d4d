/**
 * Finds and reads a repository's Open SDG data configuration the way sdg-build does: `SDG_DATA_CONFIG`
 * if set, else `config_data.yml` at the root, else the file `scripts/build_data.py` passes as `config=`;
 * with none, the standard layout. Problems are located in the configuration file.
 */
import { DataConfigSchema, type InputEntry, type MapLayer } from '../../schemas/data-config.ts';
import type { ReadEffects } from '../effects.ts';
import type { FieldPlace } from '../inputs/types.ts';
import { parseYaml } from '../parse-yaml.ts';
import type { ProblemList } from '../problems.ts';
import { explainIssue, issuePath } from '../zod-issues.ts';

export interface ConfiguredInput {
  /** The sdg-build class name. */
  className: string;
  /** Its options (everything but `class`), with `path_pattern` already under `src_dir`. */
  options: Record<string, unknown>;
  where: FieldPlace;
}

export interface ConfiguredTranslation {
  className: string;
  source?: string;
  where: FieldPlace;
}

export interface DataConfig {
  /** The configuration file, relative to the root; undefined when the standard layout is assumed. */
  file?: string;
  /** How the file was found, for the report. */
  foundBy: 'SDG_DATA_CONFIG' | 'config_data.yml' | 'scripts/build_data.py' | 'standard layout';
  /** `src_dir` with a trailing slash, or '' for the root. */
  srcDir: string;
  /** Languages from the configuration, the first being the default; empty when it names none. */
  languages: string[];
  inputs: ConfiguredInput[];
  translations: ConfiguredTranslation[];
  /** The prose.io schema (field labels), relative to the root. */
  schemaFile: string;
  mapLayers: (MapLayer & { where: FieldPlace })[];
  indicatorOptions: { nonDisaggregationColumns: string[]; seriesColumn?: string; unitColumn?: string; progressColumn?: string };
}

/** sdg-build's inputs when a configuration names none (plus .yml metadata and indicator-config/, which this portal always read). */
const DEFAULT_INPUTS: InputEntry[] = [
  { class: 'InputCsvData', path_pattern: 'data/*-*.csv' },
  { class: 'InputYamlMdMeta', path_pattern: 'meta/*-*.md' },
  { class: 'InputYamlMeta', path_pattern: 'meta/*-*.yml' },
  { class: 'InputYamlMeta', path_pattern: 'indicator-config/*-*.yml' },
];
const DEFAULT_TRANSLATIONS = [
  { class: 'TranslationInputSdgTranslations' },
  { class: 'TranslationInputYaml', source: 'translations' },
];

function exists(fx: ReadEffects, root: string, file: string): boolean {
  const slash = file.lastIndexOf('/');
  const dir = slash >= 0 ? `${root}/${file.slice(0, slash)}` : root;
  return fx.list(dir).includes(file.slice(slash + 1));
}

/** The configuration file and how it was found, or undefined for the standard layout. */
export function findDataConfig(root: string, fx: ReadEffects, override: string | undefined, problems: ProblemList): { file: string; foundBy: DataConfig['foundBy'] } | undefined {
  if (override) {
    const file = override.replace(/^\.\//, '');
    if (exists(fx, root, file)) return { file, foundBy: 'SDG_DATA_CONFIG' };
    problems.error('SDG_DATA_CONFIG', 1, `The configuration file "${override}" is not in the repository.`,
      'Give a path relative to the repository root, e.g. config_data.yml, or unset SDG_DATA_CONFIG.');
    return undefined;
  }
  if (exists(fx, root, 'config_data.yml')) return { file: 'config_data.yml', foundBy: 'config_data.yml' };
  if (exists(fx, root, 'scripts/build_data.py')) {
    const script = fx.read(`${root}/scripts/build_data.py`);
    const named = /\bconfig\s*=\s*['"]([^'"]+)['"]/.exec(script)?.[1];
    if (named && exists(fx, root, named)) return { file: named, foundBy: 'scripts/build_data.py' };
  }
  return undefined;
}

function withSrcDir(srcDir: string, value: unknown): unknown {
  return typeof value === 'string' && srcDir && !/^https?:/.test(value) ? `${srcDir}${value.replace(/^\.?\//, '')}` : value;
}

/** Reads the configuration (or the defaults); every problem is located in the file. */
export function readDataConfig(root: string, fx: ReadEffects, override: string | undefined, problems: ProblemList): DataConfig {
  const found = findDataConfig(root, fx, override, problems);
  const parsed = found ? parseYaml(fx.read(`${root}/${found.file}`), found.file, problems) : undefined;
  const raw = parsed?.ok ? parsed.data : {};
  const file = found?.file ?? 'config_data.yml';
  const at = (...path: (string | number)[]): FieldPlace => ({ file, line: parsed?.lineAt(path) ?? 1 });
  const result = DataConfigSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { message, hint } = explainIssue(issue, raw);
      problems.error(file, at(...issuePath(issue)).line, message, hint);
    }
  }
  const config = result.success ? result.data : DataConfigSchema.parse({});
  const srcDir = config.src_dir.trim().replace(/^\.?\/*/, '').replace(/\/*$/, '');
  const prefix = srcDir ? `${srcDir}/` : '';
  const inputs = (config.inputs ?? DEFAULT_INPUTS).map(({ class: className, ...options }, i) => ({
    className,
    options: { ...options, ...(options['path_pattern'] !== undefined ? { path_pattern: withSrcDir(prefix, options['path_pattern']) } : {}) },
    where: at('inputs', i, 'class'),
  }));
  const translations = (config.translations ?? DEFAULT_TRANSLATIONS).map((entry, i) => ({
    className: entry.class,
    ...(entry.source !== undefined ? { source: (entry.class === 'TranslationInputYaml' || entry.class === 'TranslationInputCsv') ? String(withSrcDir(prefix, entry.source)) : entry.source } : {}),
    where: at('translations', i, 'class'),
  }));
  const options = config.indicator_options ?? {};
  return {
    ...(found ? { file: found.file } : {}),
    foundBy: found?.foundBy ?? 'standard layout',
    srcDir: prefix,
    languages: config.languages ?? [],
    inputs,
    translations,
    schemaFile: String(withSrcDir(prefix, config.schema_file)),
    mapLayers: (config.map_layers ?? []).map((layer, i) => ({ ...layer, geojson_file: String(withSrcDir(prefix, layer.geojson_file)), where: at('map_layers', i, 'geojson_file') })),
    indicatorOptions: {
      nonDisaggregationColumns: options.non_disaggregation_columns ?? [],
      ...(options.series_column ? { seriesColumn: options.series_column } : {}),
      ...(options.unit_column ? { unitColumn: options.unit_column } : {}),
      ...(options.progress_column ? { progressColumn: options.progress_column } : {}),
    },
  };
}
