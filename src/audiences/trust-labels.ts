/** The labels every view of an indicator carries for where its figures come from, in the page's language. */
import { t } from '../i18n/index.ts';
import { NON_OFFICIAL_SOURCE_TYPES } from '../schemas/metadata.ts';
import type { Indicator } from '../schemas/model.ts';
import { nonOfficialOf, proxyOf } from '../pipeline/trust.ts';

export interface TrustLabel {
  kind: 'citizen' | 'nonOfficial' | 'proxy';
  text: string;
}

export function trustLabels(ind: Indicator): TrustLabel[] {
  const n = nonOfficialOf(ind);
  return [
    ...(n?.types.includes('citizen-generated') ? [{ kind: 'citizen' as const, text: t('trust.label.citizen') }] : []),
    ...(n?.types.includes('other') ? [{ kind: 'nonOfficial' as const, text: t('trust.label.nonOfficial') }] : []),
    ...(proxyOf(ind) ? [{ kind: 'proxy' as const, text: t('trust.label.proxy') }] : []),
  ];
}

/** Search filters (Pagefind): the data source, where every source has a type or one is non-official; proxies. */
export function trustFilters(ind: Indicator): { name: string; value: string }[] {
  const n = nonOfficialOf(ind);
  const typed = ind.sources.length > 0 && ind.sources.every((s) => s.type && !NON_OFFICIAL_SOURCE_TYPES.includes(s.type));
  return [
    ...(n ? [{ name: t('trust.filter.source'), value: t('trust.filter.nonOfficial') }] : typed ? [{ name: t('trust.filter.source'), value: t('trust.filter.official') }] : []),
    ...(proxyOf(ind) ? [{ name: t('trust.filter.kind'), value: t('trust.filter.proxy') }] : []),
  ];
}

/** The sources outside official statistics, by name, for the method note. */
export function nonOfficialSources(ind: Indicator): string {
  const n = nonOfficialOf(ind);
  return (n?.sources ?? []).map((s) => `${s.name ?? t('indicator.source', { n: s.n })} (${t(`trust.source.type.${s.type}`)})`).join('; ');
}
