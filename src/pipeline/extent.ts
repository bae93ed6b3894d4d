/**
 * The smallest and largest of many numbers. `Math.min(...values)` passes every value as an argument and
 * overflows the call stack past about 125,000 of them ("Maximum call stack size exceeded"); these loop.
 * Same answers as Math.min / Math.max: NaN if any value is NaN; Infinity / -Infinity for none.
 */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v < least) least = v;
  }
  return least;
}

export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v > most) most = v;
  }
  return most;
}

/** Appends `items` to `into` one by one (`into.push(...items)` overflows the stack for long arrays). */
export function append<T>(into: T[], items: Iterable<T>): T[] {
  for (const item of items) into.push(item);
  return into;
}
