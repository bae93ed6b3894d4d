/**
 * Reads a whole repository as its configuration describes it: the inputs in order, merged per indicator
 * (data: a later input replaces an earlier one; metadata: field by field, indicator-config/ last), the
 * translations per language, field labels, and what the portal and site configurations add.
 * Problems are collected, never thrown.
 */
import type { IndicatorData } from '../schemas/observation.ts';
import { columnRoles } from './columns.ts';
import { readDataConfig, type DataConfig } from './config/data-config.ts';
import { reportHooks } from './config/hooks.ts';
import { readPortalConfig, type PortalConfig } from './config/portal-config.ts';
import { readSiteRepoConfig, type SiteRepoConfig } from './config/site-config.ts';
import type { ReadEffects } from './effects.ts';
import { INPUT_READERS } from './inputs/index.ts';
import type { DataTable, FieldPlace, InputContext, InputReader, LangTranslations, MetaRecord } from './inputs/types.ts';
import { mergeTables, unreadEntries } from './merge-inputs.ts';
import { observationsOnce } from './reading-cache.ts';
import { parseYaml } from './parse-yaml.ts';
import { contentChain } from './languages.ts';
import type { ProblemList } from './problems.ts';
import { readTranslations, TRANSLATION_READERS, type TranslationReader } from './translation-sources.ts';
import { append } from './extent.ts';
import type { DeclaredDsd } from './inputs/types.ts';
import { readSdmxSources, type SdmxSources } from './sdmx/sources.ts';

/** One indicator's metadata as read and merged, before checking. */
export interface RawMeta {
  file: string;
  data: Record<string, unknown>;
  /** Where each top-level field was set (indicator-config fields point at that file). */
  where: Record<string, FieldPlace>;
  body: string;
  /** True when the YAML could not be read (already reported); its fields are then unknown, not missing. */
  unreadable?: boolean;
  /** Fields (and `body`) that come from a translation of the metadata into the page's language (`meta/en/…`). */
  translated?: Set<string>;
}

/** What each configured input brought, for the report ("InputCsvData data/*.csv: 158 indicators with data"). */
export interface InputSummary {
  className: string;
  pattern?: string;
  data: number;
  meta: number;
  /** Metadata translations it brought, per language (`meta/en/1-2-1.xlsx`). */
  translated?: Record<string, number>;
  skipped?: boolean;
}

export interface RawRepository {
  config: DataConfig;
  portal: PortalConfig;
  site?: SiteRepoConfig;
  /** The languages to publish, the default first. */
  languages: string[];
  csvs: Map<string, IndicatorData>;
  /** Metadata in the default language, merged per indicator. */
  metas: Map<string, RawMeta>;
  /** Every metadata record read, translations (`lang`) included, for the other languages' pages. */
  metaRecords: MetaRecord[];
  translations: LangTranslations;
  /** Field labels from the repository's schema file (`_prose.yml`), where it has one. */
  labels: Map<string, FieldLabel>;
  /** The portal's own labels of Open SDG's standard metadata fields, per language (`data/metadata-fields/<lang>.yml`). */
  fieldLabels: LangTranslations;
  inputs: InputSummary[];
  /** The mapping files and DSD the SDMX downloads are made with. */
  sdmx: SdmxSources;
}

export interface RepositoryLocation {
  /** The data repository root (holds data/, meta/, ...). */
  root: string;
  /** The UN framework translations (holds <lang>/global_goals.yml, ...). */
  frameworkRoot: string;
  /** Languages to publish, overriding the configuration's (`SDG_LANGUAGES`, or `SDG_LANG` for one). */
  languages?: string[];
  /** `SDG_DATA_CONFIG`: the data configuration file, relative to the root. */
  configFile?: string;
  /** `PORTAL_CONFIG`: the portal configuration file. */
  portalConfig?: string;
  /** `SDG_SITE_DIR`: an Open SDG site repository to read statuses and languages from. */
  siteDir?: string;
  /** The portal's labels of standard metadata fields (holds <lang>.yml); none when not given. */
  fieldLabelsRoot?: string;
}

/** A field's label as the schema file gives it (taken to be English, as Open SDG's are), and its translation key. */
export interface FieldLabel {
  label: string;
  translationKey?: string;
}

/** Extra readers (SDMX, Excel) register here, so adding a format never touches this file. */
export interface Readers {
  inputs: Record<string, InputReader>;
  translations: Record<string, TranslationReader>;
}
const DEFAULT_READERS: Readers = { inputs: INPUT_READERS, translations: TRANSLATION_READERS };

function readLabels(root: string, file: string, fx: ReadEffects, problems: ProblemList): Map<string, FieldLabel> {
  const labels = new Map<string, FieldLabel>();
  const slash = file.lastIndexOf('/');
  if (!fx.list(slash >= 0 ? `${root}/${file.slice(0, slash)}` : root).includes(file.slice(slash + 1))) return labels;
  const prose = parseYaml(fx.read(`${root}/${file}`), file, problems).data as {
    prose?: { metadata?: { meta?: { name?: string; field?: { label?: string; translation_key?: unknown } }[] } };
  };
  for (const f of prose.prose?.metadata?.meta ?? []) {
    if (!f?.name || typeof f.field?.label !== 'string') continue;
    const key = f.field.translation_key;
    labels.set(f.name, { label: f.field.label, ...(typeof key === 'string' && key.trim() ? { translationKey: key.trim() } : {}) });
  }
  return labels;
}

/** The portal's labels of standard metadata fields, in the languages read (a language without a file has none). */
function readFieldLabels(dir: string | undefined, languages: string[], fx: ReadEffects, problems: ProblemList): LangTranslations {
  const out: LangTranslations = new Map();
  if (!dir) return out;
  const files = fx.list(dir);
  for (const lang of languages) {
    if (!files.includes(`${lang}.yml`)) continue;
    const data = parseYaml(fx.read(`${dir}/${lang}.yml`), `${dir}/${lang}.yml`, problems).data;
    if (data && typeof data === 'object') {
      out.set(lang, new Map(Object.entries(data as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')));
    }
  }
  return out;
}

/**
 * Boundary files are read when maps are drawn, after validation; reading them here too means one that is refused
 * (a link out of the repository, binary data) is reported with everything else. A missing one is not a problem:
 * the map is left out.
 */
function checkBoundaryFiles(root: string, config: DataConfig, fx: ReadEffects): void {
  const files = config.mapLayers.length > 0
    ? config.mapLayers.map((l) => l.geojson_file)
    : fx.list(`${root}/geojsons`).filter((n) => n.endsWith('.geojson')).map((n) => `geojsons/${n}`);
  for (const file of files) {
    try {
      fx.read(`${root}/${file}`);
    } catch {
      // missing: no map
    }
  }
}

/** indicator-config/ is merged over meta/ whatever the order of the inputs (Open SDG's own rule). */
const isIndicatorConfig = (m: MetaRecord) => /(^|\/)indicator-config\//.test(m.file);

/**
 * One metadata map per indicator: the default-language records in input order (indicator-config/ last), then,
 * for another language, its translations (`meta/<lang>/…`) field by field over them.
 */
export function mergeMeta(records: MetaRecord[], set: Record<string, unknown>, lang?: string): Map<string, RawMeta> {
  const metas = new Map<string, RawMeta>();
  const own = records.filter((r) => !r.lang);
  const ordered = [...own.filter((r) => !isIndicatorConfig(r)), ...own.filter(isIndicatorConfig)];
  for (const r of ordered) {
    const base = metas.get(r.id);
    metas.set(r.id, base
      ? { ...base, data: { ...base.data, ...r.data }, where: { ...base.where, ...r.where }, body: base.body || r.body, ...(r.unreadable ? { unreadable: true } : {}) }
      : { file: r.file, data: { ...r.data }, where: { ...r.where }, body: r.body, ...(r.unreadable ? { unreadable: true } : {}) });
  }
  if (Object.keys(set).length > 0) for (const m of metas.values()) Object.assign(m.data, set);
  for (const r of lang ? records.filter((x) => x.lang === lang && !x.unreadable) : []) {
    const base = metas.get(r.id);
    if (!base) continue; // a translation without its original is reported by the input
    const fields = Object.keys(r.data).filter((k) => r.data[k] !== null && r.data[k] !== '');
    metas.set(r.id, {
      ...base,
      data: { ...base.data, ...Object.fromEntries(fields.map((k) => [k, r.data[k]])) },
      body: r.body.trim() ? r.body : base.body,
      translated: new Set([...fields, ...(r.body.trim() ? ['body'] : [])]),
    });
  }
  return metas;
}

export async function readRepository(at: RepositoryLocation, fx: ReadEffects, problems: ProblemList, readers: Readers = DEFAULT_READERS): Promise<RawRepository> {
  const config = readDataConfig(at.root, fx, at.configFile, problems);
  const portal = readPortalConfig(at.root, fx, at.portalConfig, problems);
  const site = at.siteDir ? readSiteRepoConfig(at.siteDir, fx, problems) : undefined;
  const languages = at.languages?.length ? at.languages : config.languages.length ? config.languages : site?.languages.length ? site.languages : ['en'];
  const ctx: InputContext = { root: at.root, fx, problems };

  const tables: { input: number; table: DataTable }[] = [];
  const records: MetaRecord[] = [];
  const extra: LangTranslations[] = [];
  const inputs: InputSummary[] = [];
  let declared: DeclaredDsd | undefined;
  for (const [i, input] of config.inputs.entries()) {
    const pattern = typeof input.options['path_pattern'] === 'string' ? input.options['path_pattern'] : undefined;
    const reader = readers.inputs[input.className];
    if (!reader) {
      problems.warning(input.where.file, input.where.line, `Input class "${input.className}" is not supported; ${pattern ? `the files matching ${pattern} are` : 'what it names is'} not read.`,
        `Supported: ${Object.keys(readers.inputs).join(', ')}. Convert those files to one of these, or ask for the format to be added.`);
      inputs.push({ className: input.className, ...(pattern ? { pattern } : {}), data: 0, meta: 0, skipped: true });
      continue;
    }
    const result = await reader(input.options, ctx, input.where);
    append(tables, result.data.map((table) => ({ input: i, table })));
    append(records, result.meta);
    if (result.translations) extra.push(result.translations);
    declared ??= result.dsd;
    const translated: Record<string, number> = {};
    for (const m of result.meta) if (m.lang) translated[m.lang] = (translated[m.lang] ?? 0) + 1;
    inputs.push({
      className: input.className,
      ...(pattern ? { pattern } : {}),
      data: new Set(result.data.filter((t) => t.table.records.length > 0).map((t) => t.id)).size,
      meta: new Set(result.meta.filter((m) => !m.lang).map((m) => m.id)).size,
      ...(Object.keys(translated).length > 0 ? { translated } : {}),
    });
  }
  unreadEntries(config, ctx, [...tables.map((t) => t.table.file), ...records.map((m) => m.file)]);
  reportHooks(at.root, fx, portal, problems);
  checkBoundaryFiles(at.root, config, fx);

  const roles = columnRoles(config.indicatorOptions);
  const csvs = new Map<string, IndicatorData>();
  for (const [id, table] of mergeTables(tables, portal.data.drop_columns, problems)) {
    const own = table.notBreakdowns ? { ...roles, notBreakdown: new Set([...roles.notBreakdown, ...table.notBreakdowns]) } : roles;
    csvs.set(id, observationsOnce(table.table, table.file, problems, own));
  }

  // Every language a page may fall back to is read too (a Kazakh page shows Russian where Kazakh is missing).
  const readLanguages = [...new Set(languages.flatMap((l) => contentChain(l, languages[0]!, portal.languages.fallback)))];
  const translations = readTranslations(config.translations, { ...ctx, frameworkRoot: at.frameworkRoot, languages: readLanguages }, readers.translations);
  // Labels an input brings (an SDMX DSD's codelists) come first: the repository's own translations win.
  for (const from of extra) {
    for (const [lang, entries] of from) {
      const target = translations.get(lang) ?? new Map<string, string>();
      for (const [k, v] of entries) if (!target.has(k)) target.set(k, v);
      translations.set(lang, target);
    }
  }
  return {
    config,
    portal,
    ...(site ? { site } : {}),
    languages,
    csvs,
    metas: mergeMeta(records, portal.metadata.set),
    metaRecords: records,
    translations,
    labels: readLabels(at.root, config.schemaFile, fx, problems),
    fieldLabels: readFieldLabels(at.fieldLabelsRoot, readLanguages, fx, problems),
    inputs,
    sdmx: readSdmxSources(at.root, portal, declared, fx, problems),
  };
}
