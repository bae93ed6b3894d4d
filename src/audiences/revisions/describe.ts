/** What a revision changed, in words of the page's language: "12 values revised, 2023 added, unit renamed from …". */
import { formatList } from '../../i18n/format.ts';
import { currentLanguage, t } from '../../i18n/index.ts';
import { humanizeKey } from '../../pipeline/meta-fields.ts';
import type { ChangeSummary } from '../../schemas/history.ts';
import type { Indicator } from '../../schemas/model.ts';

/** A few years as a list ("2022 and 2023"), a run of more as a range ("2015–2021"). */
function yearsText(years: readonly string[]): string {
  if (years.length <= 3) return formatList(years);
  return `${years[0]}–${years[years.length - 1]}`;
}

const MAX_FIELDS = 3;

/** Field labels as the indicator's pages show them; keys no page shows are made readable. */
export function fieldLabels(ind: Indicator | undefined): (key: string) => string {
  const labels = new Map<string, string>();
  for (const f of [...(ind?.fields ?? []), ...(ind?.sources.flatMap((s) => s.fields) ?? [])]) labels.set(f.key, f.label);
  return (key) => key === 'body' ? t('trust.change.field.body') : key === 'file' ? t('trust.change.field.file') : labels.get(key) ?? humanizeKey(key);
}

/** The parts of a summary, each a short phrase, in the order a reader wants them. */
export function changeParts(s: ChangeSummary, label: (key: string) => string = fieldLabels(undefined)): string[] {
  if (s.created) {
    return [s.created.values > 0 ? t('trust.change.created', { values: s.created.values, years: yearsText(s.created.years) }) : t('trust.change.createdEmpty')];
  }
  const parts: string[] = [];
  if (s.dataRemoved) parts.push(t('trust.change.dataRemoved'));
  if (s.valuesRevised > 0) parts.push(t('trust.change.revised', { count: s.valuesRevised }));
  if (s.yearsAdded.length > 0) parts.push(t('trust.change.yearsAdded', { years: yearsText(s.yearsAdded) }));
  if (s.yearsRemoved.length > 0) parts.push(t('trust.change.yearsRemoved', { years: yearsText(s.yearsRemoved) }));
  if (s.valuesAdded > 0) parts.push(t('trust.change.added', { count: s.valuesAdded }));
  if (s.valuesRemoved > 0) parts.push(t('trust.change.removed', { count: s.valuesRemoved }));
  if (s.statusChanged > 0) parts.push(t('trust.change.status', { count: s.statusChanged }));
  for (const u of s.unitsRenamed) parts.push(t('trust.change.unitRenamed', u));
  if (s.columnsAdded.length > 0) parts.push(t('trust.change.columnsAdded', { columns: formatList(s.columnsAdded) }));
  if (s.columnsRemoved.length > 0) parts.push(t('trust.change.columnsRemoved', { columns: formatList(s.columnsRemoved) }));
  if (s.metadataChanged.length > 0) {
    const shown = s.metadataChanged.slice(0, MAX_FIELDS).map(label);
    const more = s.metadataChanged.length - shown.length;
    parts.push(t('trust.change.metadata', { fields: formatList(more > 0 ? [...shown, t('trust.change.moreFields', { count: more })] : shown) }));
  }
  return parts.length > 0 ? parts : [t('trust.change.quiet')];
}

/** The whole summary as one phrase; as a sentence of its own (`capital`), its first letter a capital where the language has them. */
export function describeChange(s: ChangeSummary, label?: (key: string) => string, capital = true): string {
  const text = formatList(changeParts(s, label), 'unit');
  return capital ? text.charAt(0).toLocaleUpperCase(currentLanguage()) + text.slice(1) : text;
}
