/**
 * Which way is good, only where the metadata says so. Open SDG has no standard field; these are the
 * names used in the wild. Without one, pages say only "up" or "down", never "better" or "worse".
 */
export type Desirable = 'up' | 'down';

const FIELDS = ['desirable_direction', 'data_desirable_direction', 'desired_direction'];

export function desirableDirection(meta: Record<string, unknown>): Desirable | undefined {
  for (const key of FIELDS) {
    const raw = meta[key];
    if (typeof raw !== 'string') continue;
    const v = raw.trim().toLowerCase();
    if (/^(up|increase|increasing|higher|higher is better|rise)$/.test(v)) return 'up';
    if (/^(down|decrease|decreasing|lower|lower is better|fall)$/.test(v)) return 'down';
  }
  return undefined;
}
