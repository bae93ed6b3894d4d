/**
 * What a chart takes from the page's language: numbers on the value axis formatted as that language writes
 * them, and, for right-to-left languages, the value axis on the right (where a reader starts) while time still
 * runs left to right, as in print.
 */
import { currentLanguage } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { directionOf } from '../pipeline/languages.ts';

const MARGIN = 60;

/** The side of the value axis and the margins that leave it room. */
export function valueAxisSide(lang = currentLanguage()) {
  const rtl = directionOf(lang) === 'rtl';
  return {
    axis: { axis: rtl ? ('right' as const) : ('left' as const), labelAnchor: 'top' as const, tickFormat: (d: number) => formatNumber(d, { maximumFractionDigits: 3 }, lang) },
    margins: rtl ? { marginLeft: 20, marginRight: MARGIN } : { marginLeft: MARGIN },
  };
}
