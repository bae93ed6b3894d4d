/**
 * Interface strings that are reviewed and meant to read exactly as in English, per language, each with the
 * reason. The completeness test fails on any other string identical to the English, and on an entry here
 * whose string is no longer identical (so the list stays a list of decisions, not of leftovers).
 */
import type { UiKey } from '../../../src/i18n/en.ts';

export type Allowlist = Record<'fr' | 'es' | 'ar' | 'ru' | 'zh-Hans', Partial<Record<UiKey, string>>>;

export const ALLOWLIST: Allowlist = {
  fr: {
    'audiences.cite.bibtex': 'Brand name of the citation format.',
    'privacy.cookies.title': 'OK: « Cookies » is the usual French term (CNIL).',
    'saidDid.page': 'OK: same word in French.',
    'staff.page': 'OK: same word in French.',
    'audiences.data.sources': 'OK: same word in French.',
    'indicator.sources': 'OK: same word in French.',
    'indicator.source': 'OK: same words in French (« Source 2 »).',
    'editorial.releases.source': 'OK: same word in French.',
    'editorial.releases.date': 'OK: same word in French.',
    'charts.total': 'OK: same word in French.',
    'status.total': 'OK: same word in French.',
    'editorial.nav.concepts': 'OK: same word in French.',
    'editorial.concept.breadcrumb': 'OK: same word in French.',
    'editorial.concept.kicker': 'OK: same word in French.',
    'site.footer.licence': 'OK: same word in French.',
    'feedback.error.item': 'Placeholders and punctuation only: the field, a spaced dash, the message.',
    'engagement.staff.site': 'OK: same word in French.',
  },
  es: {
    'engagement.chart.descOne': 'Placeholders and punctuation only: what, when, how many.',
    'chart.tip': 'Placeholders and punctuation only.',
    'charts.no': 'OK: same word in Spanish.',
    'chart.tip.line': 'Placeholders and punctuation only.',
    'audiences.cite.bibtex': 'Brand name of the citation format.',
    'audiences.media.quoteNoSource': 'Placeholders and punctuation only.',
    'map.areaLabel': 'Placeholders and punctuation only.',
    'privacy.cookies.title': 'OK: «cookies» is the usual Spanish term (AEPD).',
    'feedback.no': 'OK: same word in Spanish.',
    'charts.total': 'OK: same word in Spanish.',
    'status.total': 'OK: same word in Spanish.',
    'feedback.error.item': 'Placeholders and punctuation only: the field, a spaced dash, the message.',
  },
  ar: {
    'chart.tip': 'Placeholders and punctuation only.',
    'audiences.media.quoteNoSource': 'Placeholders and punctuation only: "{measure}: {value} ({year})." reads naturally in Arabic.',
    'map.areaLabel': 'Placeholders and punctuation only: "{name}: {detail}" reads naturally in Arabic.',
    'feedback.error.item': 'Placeholders and punctuation only: the field, a spaced dash, the message.',
  },
  ru: {
    'engagement.chart.descOne': 'Placeholders and punctuation only: what, when, how many.',
    'chart.tip': 'Placeholders and punctuation only.',
    'chart.tip.line': 'Placeholders and punctuation only.',
    'audiences.media.quoteNoSource': 'Placeholders and punctuation only; "г." would break year spans such as 2019–2020.',
    'map.areaLabel': 'Placeholders and punctuation only.',
    'feedback.error.item': 'Placeholders and punctuation only: the field, a spaced dash, the message.',
  },
  'zh-Hans': {},
};
