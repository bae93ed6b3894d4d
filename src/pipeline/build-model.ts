import type { Goal, Indicator, SiteModel, StatusInfo, Target } from '../schemas/model.ts';
import { REPORTING_STATUSES } from '../schemas/metadata.ts';
import { checkMeta } from './indicator-meta.ts';
import { GOAL_COLOURS, textColourOn } from './goal-colours.ts';
import { compareIds, idParts, isIndicatorId, isNationalId, toDotted, toSlug } from './ids.ts';
import { labelData, valueLabel, columnLabel } from './labels.ts';
import { contentChain, translationsFor } from './languages.ts';
import { metaFields, metaSources } from './meta-fields.ts';
import { ProblemList } from './problems.ts';
import { mergeMeta, type RawMeta, type RawRepository } from './read-repository.ts';
import { inlineToSafeHtml, markdownToSafeHtml, toPlainText } from './sanitize.ts';
import { groupsOf, type Translations } from './translations.ts';
import { nearest } from './suggest.ts';

const plain = (text: string | undefined) => (text ? toPlainText(inlineToSafeHtml(text)) : undefined);

interface Context {
  raw: RawRepository;
  /** The page language, and the site's default one (whose text fills what is not translated). */
  lang: string;
  defaultLanguage: string;
  metas: Map<string, RawMeta>;
  translations: Translations;
  /** The page language's own translations, without fallbacks: to tell translated text from borrowed text. */
  native: ReadonlyMap<string, string>;
  /** Field labels in the page's language: `metadata_fields.<key>` (Open SDG's translations), else the schema's label. */
  labels: { get(key: string): string | undefined };
  groups: Set<string>;
  statuses: Map<string, StatusInfo>;
  problems: ProblemList;
}

/** The indicator's number as people write it: its metadata's `indicator_number` when that is an id, else its file name. */
function numberOf(id: string, meta: Record<string, unknown>): string {
  const given = meta['indicator_number'] ?? meta['indicator'];
  const slug = typeof given === 'string' || typeof given === 'number' ? toSlug(String(given)) : '';
  return toDotted(isIndicatorId(slug) ? slug : id);
}

function checkStatus(value: string | undefined, rawMeta: RawMeta, hasValues: boolean, ctx: Context): string {
  const { file, line } = rawMeta.where['reporting_status'] ?? { file: rawMeta.file, line: 1 };
  if (value === undefined) {
    // A placeholder has no status to show; unreadable metadata is already reported.
    if (rawMeta.unreadable || !rawMeta.file || rawMeta.data['placeholder']) return hasValues ? 'complete' : 'notstarted';
    // sdg-build sets "notstarted"; a page with a chart under that label misleads, so data decide.
    ctx.problems.warning(rawMeta.file, 1, `reporting_status is missing; the indicator is shown as "${hasValues ? 'complete' : 'notstarted'}"${hasValues ? ', since it has data' : ''}.`,
      'Add "reporting_status: complete" (or inprogress, notstarted, notapplicable).');
    return hasValues ? 'complete' : 'notstarted';
  }
  const status = value.trim();
  if (!ctx.statuses.has(status)) {
    const guess = nearest(status, [...ctx.statuses.keys()]);
    ctx.problems.warning(file, line, `reporting_status: "${status}" is not one of ${[...ctx.statuses.keys()].join(', ')}; shown as "${status}".`,
      guess ? `Did you mean "${guess}"? If "${status}" is your own status, define it in the site repository (SDG_SITE_DIR).` : 'Define the status in the site repository (SDG_SITE_DIR), or use one of those.');
    ctx.statuses.set(status, { value: status, label: status, custom: true });
  }
  return status;
}

function buildIndicator(id: string, ctx: Context): Indicator | undefined {
  const { raw, problems } = ctx;
  const rawData = raw.csvs.get(id);
  const rawMeta: RawMeta = ctx.metas.get(id) ?? { file: '', data: {}, where: {}, body: '' };
  if (!ctx.metas.has(id) && rawData) {
    problems.error(rawData.file, 1, `No metadata for indicator ${toDotted(id)}: expected a metadata file for it (e.g. meta/${id}.md).`,
      `Create meta/${id}.md with at least "reporting_status: complete", or delete the data file.`);
  }
  const { meta, resolved } = checkMeta(rawMeta, ctx.translations, ctx.groups, problems);
  if (meta.published === false) return undefined;
  const lookup = (key: string) => ctx.translations.get(key);
  const data = rawData ? labelData(rawData, lookup) : undefined;
  const hasValues = rawData?.observations.some((o) => o.value !== null) ?? false;
  const status = checkStatus(meta.reporting_status, rawMeta, hasValues, ctx);
  const number = numberOf(id, resolved);
  const { goal, target } = idParts(toSlug(number));
  const globalTitle = plain(meta.indicator_name) ?? ctx.translations.get(`global_indicators.${id}-title`) ?? number;
  const national = plain(meta.national_indicator_title ?? meta.indicator_available);
  const graphTitles: Record<string, string> = {};
  (meta.graph_titles ?? []).forEach((entry, i) => {
    const g = (entry ?? {}) as Record<string, unknown>;
    const key = g['series'] ?? g['unit'];
    if ((typeof key === 'string' || typeof key === 'number') && typeof g['title'] === 'string') {
      const column = g['series'] !== undefined ? rawData?.seriesColumn : rawData?.unitColumn;
      graphTitles[valueLabel(column, String(key), lookup)] = plain(g['title'])!;
      return;
    }
    const { file, line } = rawMeta.where['graph_titles'] ?? { file: rawMeta.file, line: 1 };
    problems.warning(file, line, `graph_titles entry ${i + 1}: expected "series" (or "unit") and "title", received ${Object.keys(g).map((k) => `"${k}"`).join(', ') || 'nothing'}; ignored.`,
      'Write each entry as "- series: <series name>" with "title: <chart title>" under it.');
  });
  const startValues = Array.isArray(resolved['data_start_values'])
    ? (resolved['data_start_values'] as { field?: unknown; value?: unknown }[])
        .filter((s) => typeof s?.field === 'string' && s.value !== undefined && s.value !== null)
        .map((s) => ({ field: columnLabel(String(s.field), lookup), value: valueLabel(String(s.field), String(s.value), lookup) }))
    : [];
  const untranslated = ctx.lang !== ctx.defaultLanguage && borrowsText(rawMeta, ctx);
  const shownTitleField = national && national !== globalTitle
    ? (meta.national_indicator_title !== undefined ? 'national_indicator_title' : 'indicator_available')
    : 'indicator_name';
  const titleBorrowed = ctx.lang !== ctx.defaultLanguage && borrowsField(rawMeta, ctx, shownTitleField);
  const permalink = typeof meta.permalink === 'string' && /^\/[\w\-/.]*$/.test(meta.permalink.trim()) ? meta.permalink.trim() : undefined;
  return {
    id,
    number,
    goal,
    target,
    national: isNationalId(toSlug(number)),
    ...(untranslated ? { untranslated: true } : {}),
    ...(titleBorrowed ? { titleLang: ctx.defaultLanguage } : {}),
    ...(meta.standalone ? { standalone: true } : {}),
    ...(permalink ? { permalink } : {}),
    sortKey: typeof meta.indicator_sort_order === 'string' ? meta.indicator_sort_order : undefined,
    globalTitle,
    ...(national && national !== globalTitle ? { nationalTitle: national } : {}),
    status,
    graphType: meta.graph_type ?? 'line',
    ...(meta.graph_title ? { graphTitle: plain(meta.graph_title)! } : {}),
    graphTitles,
    ...(meta.national_indicator_description ? { descriptionHtml: markdownToSafeHtml(meta.national_indicator_description) } : {}),
    ...(meta.computation_units ? { units: plain(meta.computation_units)! } : {}),
    ...(meta.data_footnote ? { footnoteHtml: markdownToSafeHtml(meta.data_footnote) } : {}),
    ...(meta.placeholder ? { placeholderHtml: markdownToSafeHtml(meta.placeholder) } : {}),
    bodyHtml: rawMeta.body.trim() ? markdownToSafeHtml(rawMeta.body) : '',
    fields: metaFields(resolved, ctx.labels),
    sources: metaSources(resolved, ctx.labels),
    showMap: meta.data_show_map === true,
    startValues,
    meta: resolved,
    ...(rawMeta.file ? { metaFile: rawMeta.file } : {}),
    ...(data ? { data } : {}),
    ...(rawData && rawData !== data ? { rawData } : {}),
  };
}

/** The texts a reader reads first; a page whose texts come from the default language says so. */
const TEXT_FIELDS = ['indicator_name', 'national_indicator_title', 'indicator_available', 'national_indicator_description', 'graph_title'];
const KEY = /^([A-Za-z][\w]*)\.([\w-]+)$/;

/** True when a text shown on the page is not in the page's language: plain text, or a key only another language has. */
function borrowsText(rawMeta: RawMeta, ctx: Context): boolean {
  return TEXT_FIELDS.some((f) => borrowsField(rawMeta, ctx, f)) || (rawMeta.body.trim() !== '' && !rawMeta.translated?.has('body'));
}

/** True when the field holds text that is not in the page's language (plain text, or a key only another language has). */
function borrowsField(rawMeta: RawMeta, ctx: Context, field: string): boolean {
  const value = rawMeta.data[field];
  if (typeof value !== 'string' || value === '' || rawMeta.translated?.has(field)) return false;
  return !(KEY.test(value.trim()) && ctx.native.has(value.trim()));
}

/** Goals and targets from the UN framework, each listing the indicators under it (national ones after their global parent). */
function buildGoals(indicators: Indicator[], translations: Translations): Goal[] {
  const listed = indicators.filter((ind) => !ind.standalone);
  return GOAL_COLOURS.map((colour, i) => {
    const number = String(i + 1);
    const mine = listed.filter((ind) => ind.goal === number);
    const targetIds = new Set<string>();
    for (const key of translations.keys()) {
      const m = /^global_targets\.(\d+-[0-9a-z]+)-title$/.exec(key);
      if (m && m[1]!.startsWith(`${number}-`)) targetIds.add(m[1]!);
    }
    for (const ind of mine) targetIds.add(ind.target);
    const targets: Target[] = [...targetIds].sort(compareIds).map((tid) => ({
      id: tid,
      number: toDotted(tid),
      title: translations.get(`global_targets.${tid}-title`) ?? toDotted(tid),
      indicatorIds: mine.filter((ind) => ind.target === tid).map((ind) => ind.id),
    }));
    return {
      number,
      title: translations.get(`global_goals.${number}-title`) ?? `Goal ${number}`,
      short: translations.get(`global_goals.${number}-short`) ?? `Goal ${number}`,
      colour,
      textColour: textColourOn(colour),
      targets,
      // Placeholders are listed under their target but not counted: they have no page and no status.
      indicatorIds: mine.filter((ind) => !ind.placeholderHtml).map((ind) => ind.id),
    };
  });
}

/** Open SDG orders indicators by `indicator_sort_order` where given, else by number. */
function compareIndicators(a: Indicator, b: Indicator): number {
  if (a.sortKey !== undefined && b.sortKey !== undefined && a.goal === b.goal) return a.sortKey.localeCompare(b.sortKey, 'en', { numeric: true }) || compareIds(a.id, b.id);
  return compareIds(toSlug(a.number), toSlug(b.number)) || compareIds(a.id, b.id);
}

/** The statuses a site knows: Open SDG's four, then any the site repository defines (with their labels). */
function knownStatuses(raw: RawRepository, translations: Translations): Map<string, StatusInfo> {
  const statuses = new Map<string, StatusInfo>(REPORTING_STATUSES.map((value) => [value, { value }]));
  for (const s of raw.site?.statuses ?? []) {
    const label = s.label ? (translations.get(s.label) ?? s.label) : undefined;
    statuses.set(s.value, { value: s.value, ...(label ? { label } : {}), ...(REPORTING_STATUSES.includes(s.value as never) ? {} : { custom: true }) });
  }
  return statuses;
}

/**
 * A field's label in the page's language: the repository's own (`metadata_fields.<key>`, or the translation key its
 * schema names); then, on a page not in English, the portal's label along the language chain; then the schema's
 * label (written in English, as Open SDG's are); then the portal's English label.
 */
export function fieldLabelsFor(raw: RawRepository, lang: string, translations: Translations): Context['labels'] {
  const chain = [...new Set([lang, ...contentChain(lang, raw.languages[0] ?? 'en', raw.portal.languages.fallback)])];
  const portal = (key: string, english: boolean) => {
    for (const l of chain) {
      if (l === 'en' && !english) return undefined;
      const label = raw.fieldLabels.get(l)?.get(key);
      if (label !== undefined) return label;
    }
    return english ? raw.fieldLabels.get('en')?.get(key) : undefined;
  };
  return {
    get: (key) => {
      const prose = raw.labels.get(key);
      const own = translations.get(`metadata_fields.${key}`) ?? (prose?.translationKey ? translations.get(prose.translationKey) : undefined);
      return own ?? (prose ? translations.get(prose.label) : undefined) ?? portal(key, false) ?? prose?.label ?? portal(key, true);
    },
  };
}

/** The whole site model in one language (the default when not given); every problem found is in `problems`. */
export function buildModel(raw: RawRepository, problems: ProblemList, lang = raw.languages[0] ?? 'en'): SiteModel {
  const defaultLanguage = raw.languages[0] ?? 'en';
  const translations = translationsFor(raw.translations, contentChain(lang, defaultLanguage, raw.portal.languages.fallback));
  const metas = lang === defaultLanguage ? raw.metas : mergeMeta(raw.metaRecords, raw.portal.metadata.set, lang);
  const ctx: Context = {
    raw, lang, defaultLanguage, metas, translations, native: raw.translations.get(lang) ?? new Map(),
    groups: groupsOf(translations), statuses: knownStatuses(raw, translations), problems,
    labels: fieldLabelsFor(raw, lang, translations),
  };
  const ids = [...new Set([...metas.keys(), ...raw.csvs.keys()])];
  const indicators = ids.flatMap((id) => buildIndicator(id, ctx) ?? []).sort(compareIndicators);
  return {
    lang,
    languages: raw.languages,
    languageFallback: raw.portal.languages.fallback,
    goals: buildGoals(indicators, translations),
    indicators,
    statuses: [...ctx.statuses.values()],
    inputs: raw.inputs,
    ...(raw.site?.title ? { siteTitle: raw.site.title } : {}),
    mapLayers: raw.config.mapLayers.map((l) => ({ file: l.geojson_file, idProperty: l.id_property, nameProperty: l.name_property })),
    problems: problems.items,
  };
}
