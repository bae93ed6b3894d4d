/** Years may be text ("2013/16", "2015-2017", "2019 Q1"): keep them as written, order them by their first number. */

function leadingNumber(year: string): number {
  const m = /\d{4}/.exec(year) ?? /\d+/.exec(year);
  return m ? Number(m[0]) : Number.POSITIVE_INFINITY;
}

export function compareYears(a: string, b: string): number {
  return leadingNumber(a) - leadingNumber(b) || a.localeCompare(b, 'en', { numeric: true });
}

/** Distinct years in order. */
export function sortYears(years: Iterable<string>): string[] {
  return [...new Set(years)].sort(compareYears);
}

/** True when every year is a plain number, so a chart may use a continuous axis. */
export function allNumericYears(years: readonly string[]): boolean {
  return years.every((y) => /^\d{4}$/.test(y));
}
