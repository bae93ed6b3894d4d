/**
 * The citizens' headline sentence, generated from the data: the latest value with unit and year, the
 * change since 2015 (or the first year), up or down, and "better"/"worse" only where the metadata says
 * which way is desirable. Nothing is written per indicator; what cannot be summed up gets a plain fallback.
 */
import { currentLanguage, t } from '../i18n/index.ts';
import type { HeadlineSeries } from '../pipeline/headline.ts';
import type { Indicator } from '../schemas/model.ts';
import { desirableDirection } from './direction.ts';
import { keyPoints } from './key-points.ts';

export interface HeadlineSentence {
  text: string;
  /** `fallback` when the data could not be summed up. */
  kind: 'change' | 'same' | 'one-year' | 'fallback';
}

export function headlineSentence(ind: Indicator, headline: HeadlineSeries[]): HeadlineSentence {
  const k = keyPoints(ind, headline);
  if (!k) return { text: t('audiences.sentence.fallback'), kind: 'fallback' };
  const subject = k.label ? t('audiences.sentence.subjectFor', { label: k.label }) : t('audiences.sentence.subject');
  const vars = { subject, year: k.latest.year, latest: k.latest.text, base: k.base.text, baseYear: k.base.year };
  if (k.latest.year === k.base.year) return { text: t('audiences.sentence.oneYear', vars), kind: 'one-year' };
  // Compared as shown: a change that rounds away is no change to a reader.
  if (k.latest.text === k.base.text) return { text: t('audiences.sentence.same', vars), kind: 'same' };
  const went = k.latest.value > k.base.value ? 'up' : 'down';
  const desirable = desirableDirection(ind.meta);
  const text = t(went === 'up' ? 'audiences.sentence.up' : 'audiences.sentence.down', vars);
  // Chinese and Japanese sentences follow one another without a space.
  const space = /^(zh|ja)/.test(currentLanguage()) ? '' : ' ';
  const verdict = desirable ? `${space}${t(desirable === went ? 'audiences.sentence.better' : 'audiences.sentence.worse')}` : '';
  return { text: text + verdict, kind: 'change' };
}
