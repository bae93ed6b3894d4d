/** What the citizens' view adds to an indicator page, worked out from the model. */
import { headlineSeries } from '../../site/headline-chart.ts';
import type { Indicator } from '../../schemas/model.ts';
import { headlineSentence, type HeadlineSentence } from '../sentence.ts';

/** A sentence for every indicator with a data file; none where there is no data file at all. */
export function citizenSentence(ind: Indicator): HeadlineSentence | undefined {
  return ind.data ? headlineSentence(ind, headlineSeries(ind)) : undefined;
}
