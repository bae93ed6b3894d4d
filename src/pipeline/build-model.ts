import type { Goal, Indicator, SiteModel, Target } from '../schemas/model.ts';
import { checkMeta } from './indicator-meta.ts';
import { GOAL_COLOURS, textColourOn } from './goal-colours.ts';
import { compareIds, idParts, toDotted } from './ids.ts';
import { metaFields, metaSources } from './meta-fields.ts';
import { ProblemList } from './problems.ts';
import type { RawMeta, RawRepository } from './read-repository.ts';
import { inlineToSafeHtml, markdownToSafeHtml, toPlainText } from './sanitize.ts';
import { groupsOf } from './translations.ts';

const plain = (text: string | undefined) => (text ? toPlainText(inlineToSafeHtml(text)) : undefined);

function buildIndicator(id: string, raw: RawRepository, groups: Set<string>, problems: ProblemList): Indicator {
  const data = raw.csvs.get(id);
  const rawMeta: RawMeta = raw.metas.get(id) ?? { file: '', data: {}, where: {}, body: '' };
  if (!raw.metas.has(id) && data) {
    problems.error(data.file, 1, `No metadata for indicator ${toDotted(id)}: expected meta/${id}.md or meta/${id}.yml.`,
      `Create meta/${id}.md with at least "reporting_status: complete", or delete the CSV.`);
  }
  const { meta, resolved } = checkMeta(rawMeta, raw.translations, groups, problems);
  if (raw.metas.has(id) && !rawMeta.unreadable && !rawMeta.data['reporting_status']) {
    problems.warning(rawMeta.file, 1, 'reporting_status is missing; the indicator is shown as "notstarted".',
      'Add "reporting_status: complete" (or inprogress, notstarted, notapplicable).');
  }
  const { goal, target } = idParts(id);
  const globalTitle = plain(meta.indicator_name) ?? raw.translations.get(`global_indicators.${id}-title`) ?? toDotted(id);
  const national = plain(meta.national_indicator_title ?? meta.indicator_available);
  const graphTitles: Record<string, string> = {};
  (meta.graph_titles ?? []).forEach((entry, i) => {
    const g = (entry ?? {}) as Record<string, unknown>;
    const key = g['series'] ?? g['unit'];
    if ((typeof key === 'string' || typeof key === 'number') && typeof g['title'] === 'string') {
      graphTitles[String(key)] = plain(g['title'])!;
      return;
    }
    const { file, line } = rawMeta.where['graph_titles'] ?? { file: rawMeta.file, line: 1 };
    problems.warning(file, line, `graph_titles entry ${i + 1}: expected "series" (or "unit") and "title", received ${Object.keys(g).map((k) => `"${k}"`).join(', ') || 'nothing'}; ignored.`,
      'Write each entry as "- series: <series name>" with "title: <chart title>" under it.');
  });
  const startValues = Array.isArray(resolved['data_start_values'])
    ? (resolved['data_start_values'] as { field?: unknown; value?: unknown }[])
        .filter((s) => typeof s?.field === 'string' && s.value !== undefined && s.value !== null)
        .map((s) => ({ field: String(s.field), value: String(s.value) }))
    : [];
  return {
    id,
    number: toDotted(id),
    goal,
    target,
    globalTitle,
    ...(national && national !== globalTitle ? { nationalTitle: national } : {}),
    status: meta.reporting_status ?? 'notstarted',
    graphType: meta.graph_type ?? 'line',
    ...(meta.graph_title ? { graphTitle: plain(meta.graph_title)! } : {}),
    graphTitles,
    ...(meta.national_indicator_description ? { descriptionHtml: markdownToSafeHtml(meta.national_indicator_description) } : {}),
    ...(meta.computation_units ? { units: plain(meta.computation_units)! } : {}),
    ...(meta.data_footnote ? { footnoteHtml: markdownToSafeHtml(meta.data_footnote) } : {}),
    ...(meta.placeholder ? { placeholderHtml: markdownToSafeHtml(meta.placeholder) } : {}),
    bodyHtml: rawMeta.body.trim() ? markdownToSafeHtml(rawMeta.body) : '',
    fields: metaFields(resolved, raw.labels),
    sources: metaSources(resolved, raw.labels),
    showMap: meta.data_show_map === true,
    startValues,
    meta: resolved,
    ...(rawMeta.file ? { metaFile: rawMeta.file } : {}),
    ...(data ? { data } : {}),
  };
}

/** Goals and targets from the UN framework, each listing the repository's indicators under it. */
function buildGoals(indicators: Indicator[], raw: RawRepository): Goal[] {
  return GOAL_COLOURS.map((colour, i) => {
    const number = String(i + 1);
    const mine = indicators.filter((ind) => ind.goal === number);
    const targetIds = new Set<string>();
    for (const key of raw.translations.keys()) {
      const m = /^global_targets\.(\d+-[0-9a-z]+)-title$/.exec(key);
      if (m && m[1]!.startsWith(`${number}-`)) targetIds.add(m[1]!);
    }
    for (const ind of mine) targetIds.add(ind.target);
    const targets: Target[] = [...targetIds].sort(compareIds).map((tid) => ({
      id: tid,
      number: toDotted(tid),
      title: raw.translations.get(`global_targets.${tid}-title`) ?? toDotted(tid),
      indicatorIds: mine.filter((ind) => ind.target === tid).map((ind) => ind.id),
    }));
    return {
      number,
      title: raw.translations.get(`global_goals.${number}-title`) ?? `Goal ${number}`,
      short: raw.translations.get(`global_goals.${number}-short`) ?? `Goal ${number}`,
      colour,
      textColour: textColourOn(colour),
      targets,
      indicatorIds: mine.map((ind) => ind.id),
    };
  });
}

/** The whole site model from a repository as read; every problem found is in `problems`. */
export function buildModel(raw: RawRepository, problems: ProblemList): SiteModel {
  const groups = groupsOf(raw.translations);
  const ids = [...new Set([...raw.metas.keys(), ...raw.csvs.keys()])].sort(compareIds);
  const indicators = ids.map((id) => buildIndicator(id, raw, groups, problems));
  return { goals: buildGoals(indicators, raw), indicators, problems: problems.items };
}
