/** Query parameter prefix of a disaggregation choice: `dim.Sex=Female`. */
export const DIM = 'dim.';

/** Whether a query holds any part of a selection (then the explorer opens at once). */
export function hasSelectionQuery(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((k) => ['series', 'unit', 'dims', 'from', 'to', 'view'].includes(k) || k.startsWith(DIM));
}
