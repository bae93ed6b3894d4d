import type { ReadEffects } from './effects.ts';
import { isIndicatorId } from './ids.ts';
import { parseIndicatorCsv } from './parse-csv.ts';
import { parseYaml, splitFrontMatter } from './parse-yaml.ts';
import { rowsToObservations } from './observations.ts';
import type { ProblemList } from './problems.ts';
import { addTranslationGroup, type Translations } from './translations.ts';
import type { IndicatorData } from '../schemas/observation.ts';

/** One indicator's metadata as read, before checking. */
export interface RawMeta {
  file: string;
  data: Record<string, unknown>;
  /** Where each top-level field was set (indicator-config fields point at that file). */
  where: Record<string, { file: string; line: number }>;
  body: string;
  /** True when the YAML could not be read (already reported); its fields are then unknown, not missing. */
  unreadable?: boolean;
}

export interface RawRepository {
  csvs: Map<string, IndicatorData>;
  metas: Map<string, RawMeta>;
  translations: Translations;
  /** Field labels from the repository's `_prose.yml`, where it has one. */
  labels: Map<string, string>;
}

export interface RepositoryLocation {
  /** The data repository root (holds data/, meta/, ...). */
  root: string;
  /** The UN framework translations (holds <lang>/global_goals.yml, ...). */
  frameworkRoot: string;
  /** Language of the site, e.g. `en`. */
  lang: string;
}

function located(file: string, keyLines: Record<string, number>): RawMeta['where'] {
  return Object.fromEntries(Object.entries(keyLines).map(([key, line]) => [key, { file, line }]));
}

const CSV_NAME = /^indicator_(.+)\.csv$/;
const META_NAME = /^(.+)\.(md|ya?ml)$/;

function idProblem(problems: ProblemList, file: string, id: string): boolean {
  if (isIndicatorId(id)) return false;
  problems.error(file, 1, `"${id}" does not look like an indicator id: expected goal-target-indicator, such as 1-2-1 or 17-a-1.`,
    'Rename the file after the indicator it holds (dots become dashes: 1.2.1 → 1-2-1).');
  return true;
}

/** Reads every CSV, metadata, config and translation file of a repository; problems are collected, never thrown. */
export function readRepository(at: RepositoryLocation, fx: ReadEffects, problems: ProblemList): RawRepository {
  const path = (...parts: string[]) => [at.root, ...parts].join('/');
  const translations: Translations = new Map();
  for (const group of ['global_goals', 'global_targets', 'global_indicators']) {
    const file = `${at.frameworkRoot}/${at.lang}/${group}.yml`;
    if (!fx.list(`${at.frameworkRoot}/${at.lang}`).includes(`${group}.yml`)) continue;
    addTranslationGroup(translations, group, parseYaml(fx.read(file), file, problems).data);
  }
  for (const name of fx.list(path('translations', at.lang))) {
    const m = META_NAME.exec(name);
    if (!m || m[2] === 'md') continue;
    const file = `translations/${at.lang}/${name}`;
    addTranslationGroup(translations, m[1]!, parseYaml(fx.read(path(file)), file, problems).data);
  }

  const csvs = new Map<string, IndicatorData>();
  for (const name of fx.list(path('data')).sort()) {
    if (!name.endsWith('.csv')) continue;
    const file = `data/${name}`;
    const m = CSV_NAME.exec(name);
    if (!m) {
      problems.error(file, 1, `File name "${name}" does not follow the pattern indicator_<id>.csv.`,
        'Rename it, e.g. indicator_1-2-1.csv.');
      continue;
    }
    if (idProblem(problems, file, m[1]!)) continue;
    const parsed = parseIndicatorCsv(fx.read(path(file)), file, problems);
    csvs.set(m[1]!, rowsToObservations(parsed, file, problems));
  }

  const metas = new Map<string, RawMeta>();
  for (const name of fx.list(path('meta')).sort()) {
    const m = META_NAME.exec(name);
    if (!m) continue;
    const file = `meta/${name}`;
    if (idProblem(problems, file, m[1]!)) continue;
    const text = fx.read(path(file));
    const { yaml, yamlLine, body, leadingBlankLines } = m[2] === 'md'
      ? splitFrontMatter(text)
      : { yaml: text, yamlLine: 1, body: '', leadingBlankLines: 0 };
    if (leadingBlankLines > 0) {
      problems.warning(file, 1, 'Blank lines come before the opening "---" of the front matter; skipped.',
        'Start the file with "---" on line 1.');
    }
    const parsed = parseYaml(yaml, file, problems, yamlLine);
    // Unreadable YAML is already reported; the indicator still counts as having metadata.
    metas.set(m[1]!, { file, data: parsed.data, where: located(file, parsed.keyLines), body, ...(parsed.ok ? {} : { unreadable: true }) });
  }
  for (const name of fx.list(path('indicator-config')).sort()) {
    const m = META_NAME.exec(name);
    if (!m || m[2] === 'md') continue;
    const file = `indicator-config/${name}`;
    if (idProblem(problems, file, m[1]!)) continue;
    const parsed = parseYaml(fx.read(path(file)), file, problems);
    if (!parsed.ok) continue;
    const base = metas.get(m[1]!);
    const where = located(file, parsed.keyLines);
    metas.set(m[1]!, base
      ? { ...base, data: { ...base.data, ...parsed.data }, where: { ...base.where, ...where } }
      : { file, data: parsed.data, where, body: '' });
  }

  const labels = new Map<string, string>();
  if (fx.list(at.root).includes('_prose.yml')) {
    const prose = parseYaml(fx.read(path('_prose.yml')), '_prose.yml', problems).data as {
      prose?: { metadata?: { meta?: { name?: string; field?: { label?: string } }[] } };
    };
    for (const f of prose.prose?.metadata?.meta ?? []) {
      if (f?.name && f.field?.label) labels.set(f.name, f.field.label);
    }
  }
  return { csvs, metas, translations, labels };
}
