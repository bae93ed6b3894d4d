/**
 * Why codes in the data have no boundary on the map, in words: totals for larger areas (a country, regions),
 * areas whose codes are newer or older than the boundary file, or codes the file does not have. The sorting is
 * pure; the sentences go through `t`.
 */
import { formatList } from '../i18n/format.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { AREA_KINDS, gssKind, layerKind, parseGss, rank, type AreaKind } from './area-codes.ts';

export interface UnmatchedCodes {
  /** Codes of areas that contain the map's areas, by kind (largest first): their values are totals. */
  larger: { kind: AreaKind; codes: string[] }[];
  /** Codes of the map's kind numbered after every code of that kind in the boundary file. */
  newer: string[];
  /** Codes of the map's kind within the file's numbering but not in it: replaced before the file was drawn. */
  older: string[];
  /** Anything else. */
  other: string[];
  /** The kind of area the boundary file holds, where its codes say. */
  kind?: AreaKind;
}

/** Sorts the codes with no boundary by the reason they have none. */
export function sortUnmatched(unmatched: readonly string[], boundaryCodes: readonly string[]): UnmatchedCodes {
  const kind = layerKind(boundaryCodes);
  const lastSerial = new Map<string, number>();
  for (const c of boundaryCodes) {
    const g = parseGss(c);
    if (g) lastSerial.set(g.entity, Math.max(lastSerial.get(g.entity) ?? 0, g.serial));
  }
  const larger = new Map<AreaKind, string[]>();
  const out: UnmatchedCodes = { larger: [], newer: [], older: [], other: [], ...(kind ? { kind } : {}) };
  for (const code of unmatched) {
    const own = gssKind(code);
    const gss = parseGss(code);
    if (own && gss && kind) {
      const last = lastSerial.get(gss.entity);
      if (rank(own) > rank(kind)) (larger.get(own) ?? larger.set(own, []).get(own)!).push(code);
      else if (own === kind && last !== undefined) (gss.serial > last ? out.newer : out.older).push(code);
      else out.other.push(code);
    } else if (!own && boundaryCodes.filter((b) => b.length > code.length && b.startsWith(code)).length * 2 > boundaryCodes.length) {
      // "KG" beside "KG02", "KG03"…: the whole of which the map's areas are parts.
      (larger.get('area') ?? larger.set('area', []).get('area')!).push(code);
    } else out.other.push(code);
  }
  out.larger = [...larger].sort((a, b) => rank(b[0]) - rank(a[0])).map(([k, codes]) => ({ kind: k, codes }));
  return out;
}

const KIND: Record<AreaKind, UiKey> = {
  area: 'map.kind.area', ward: 'map.kind.ward', district: 'map.kind.district',
  county: 'map.kind.county', region: 'map.kind.region', country: 'map.kind.country',
};
const areas = (kind: AreaKind, count: number) => t(KIND[kind], { count });

/** One sentence per reason, e.g. "Not drawn: 1 country and 9 regions, whose figures are totals over areas of the map." */
export function explainUnmatched(sorted: UnmatchedCodes, vintage?: string): string[] {
  const kind = sorted.kind ?? AREA_KINDS[0];
  const when = vintage ?? 'none';
  const out: string[] = [];
  if (sorted.larger.length) out.push(t('map.unmatched.larger', { list: formatList(sorted.larger.map((l) => areas(l.kind, l.codes.length))) }));
  if (sorted.newer.length) out.push(t('map.unmatched.newer', { areas: areas(kind, sorted.newer.length), count: sorted.newer.length, vintage: when }));
  if (sorted.older.length) out.push(t('map.unmatched.older', { areas: areas(kind, sorted.older.length), count: sorted.older.length, vintage: when }));
  if (sorted.other.length) out.push(t('map.unmatched.other', { count: sorted.other.length }));
  return out;
}
