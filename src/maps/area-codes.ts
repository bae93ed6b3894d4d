/**
 * What an area code says about its area. UK codes (the Government Statistical Service's, "GSS": a letter for
 * the country, two digits for the kind of area, six for the area) name the kind outright: E06–E09, W06, S12
 * and N09 are local authority districts, E12 regions, E92 a country. Codes are handed out in order, so a code
 * numbered past every code of its kind in a boundary file is newer than the file. Other schemes are read by
 * their shape only: "KG" is the country whose areas are "KG02", "KG03"…
 */

/** Kinds of area, from the smallest; the ones a sentence can name. */
export const AREA_KINDS = ['area', 'ward', 'district', 'county', 'region', 'country'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

const GSS = /^([EWSNK])(\d\d)(\d{6})$/;

const GSS_KINDS: Record<string, AreaKind> = {
  E92: 'country', W92: 'country', S92: 'country', N92: 'country', K02: 'country', K03: 'country', K04: 'country',
  E12: 'region', E13: 'region', E15: 'region',
  E10: 'county', E11: 'county', E47: 'county',
  E06: 'district', E07: 'district', E08: 'district', E09: 'district', W06: 'district', S12: 'district', N09: 'district',
  E05: 'ward', W05: 'ward', S13: 'ward', N08: 'ward',
};

export interface GssCode { country: string; entity: string; serial: number }

export function parseGss(code: string): GssCode | undefined {
  const m = GSS.exec(code.trim());
  return m ? { country: m[1]!, entity: `${m[1]}${m[2]}`, serial: Number(m[3]) } : undefined;
}

/** The kind of area a GSS code names ("area" for a GSS kind not listed), undefined for other schemes. */
export function gssKind(code: string): AreaKind | undefined {
  const gss = parseGss(code);
  return gss ? GSS_KINDS[gss.entity] ?? 'area' : undefined;
}

export const rank = (kind: AreaKind) => AREA_KINDS.indexOf(kind);

/** The kind most of a boundary file's codes have (undefined when they are not GSS codes). */
export function layerKind(codes: readonly string[]): AreaKind | undefined {
  const counts = new Map<AreaKind, number>();
  for (const c of codes) {
    const kind = gssKind(c);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The year a boundary file was drawn for, from its name ("local-authority-districts-2016.geojson") or its
 * code property in the ONS habit ("LAD16CD": 2016).
 */
export function boundaryVintage(file: string, codeProperty: string): string | undefined {
  const inName = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(file.replace(/^.*\//, ''));
  if (inName) return inName[1];
  const inProperty = /[A-Z](\d\d)CD$/i.exec(codeProperty);
  if (!inProperty) return undefined;
  const yy = Number(inProperty[1]);
  return String(yy > 80 ? 1900 + yy : 2000 + yy);
}
