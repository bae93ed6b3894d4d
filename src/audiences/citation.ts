/** How to cite an indicator: a plain-text reference and a BibTeX entry, with the permalink. */
import { t } from '../i18n/index.ts';
import type { Indicator } from '../schemas/model.ts';
import { sourceNames } from './source-names.ts';

export interface CitationInput {
  siteTitle: string;
  siteUrl: string;
  /** The date the citation is read, `YYYY-MM-DD` (injected so tests are fixed in time). */
  accessed: string;
  /** The date of the version cited, `YYYY-MM-DD`: the data's last revision in git, else their latest dated release. */
  version?: string | undefined;
}

export const permalink = (ind: Indicator, siteUrl: string) => `${siteUrl}/indicators/${ind.id}/`;

const titleOf = (ind: Indicator) => (ind.nationalTitle ?? ind.globalTitle).replace(/[.\s]+$/, '');
/** The publishers: the source organisations, else the site itself. */
const authorOf = (ind: Indicator, siteTitle: string) => sourceNames(ind).join('; ') || siteTitle;

export function citationText(ind: Indicator, c: CitationInput): string {
  const vars = { author: authorOf(ind, c.siteTitle), number: ind.number, title: titleOf(ind), site: c.siteTitle, url: permalink(ind, c.siteUrl), date: c.accessed };
  return c.version ? t('trust.cite.plain', { ...vars, version: c.version }) : t('audiences.cite.plain', vars);
}

/** BibTeX needs braces balanced and its specials escaped; curly braces around the title keep its case. */
const bib = (s: string) => s.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');

export function citationBibtex(ind: Indicator, c: CitationInput): string {
  return [
    `@misc{sdg_${ind.id.replace(/-/g, '_')},`,
    `  author = {{${bib(authorOf(ind, c.siteTitle))}}},`,
    `  title = {{${bib(t('audiences.cite.bibTitle', { number: ind.number, title: titleOf(ind) }))}}},`,
    `  howpublished = {${bib(c.siteTitle)}},`,
    `  year = {${(c.version ?? c.accessed).slice(0, 4)}},`,
    ...(c.version ? [`  version = {${c.version}},`] : []),
    `  url = {${permalink(ind, c.siteUrl)}},`,
    `  note = {${bib(t('audiences.cite.accessed', { date: c.accessed }))}}`,
    '}',
  ].join('\n');
}
