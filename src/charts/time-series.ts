/** The time series of `/downloads/<id>.json` (see src/site/indicator-json.ts), as the browser reads them. */
export interface TsObservation { year: string; value: number | null; status?: string; comment?: string }
export interface TimeSeries {
  series?: string;
  unit?: string;
  unitMultiplier?: string;
  geoCode?: string;
  dimensions: Record<string, string>;
  observations: TsObservation[];
  /** How many observations have a value, known before they are loaded (the explorer fetches them by chunk). */
  count?: number;
}

/** Whether a time series has any value, whether or not its observations are loaded yet. */
export const hasValues = (ts: TimeSeries): boolean => (ts.count !== undefined ? ts.count > 0 : ts.observations.some((o) => o.value !== null));
export interface ExplorerData {
  dimensions: string[];
  series: string[];
  units: string[];
  years: string[];
  timeSeries: TimeSeries[];
}

/**
 * A field's place in the nesting. `requires`: the columns it only ever appears with (Occupation only with an
 * Age); `parent`: the one of those it nests in as a hierarchy, each of its values within one parent value
 * (Region within Country).
 */
export interface DimensionNode { field: string; parent?: string; requires?: string[]; values: string[] }

/**
 * Works out which disaggregations only appear with another. Among hierarchical candidates the nearest
 * (most values) is the parent; ties go by fewer values, then file order, so the nesting never loops.
 */
export function nestDimensions(fields: string[], timeSeries: TimeSeries[]): DimensionNode[] {
  const values = new Map(fields.map((f) => [f, [] as string[]]));
  for (const ts of timeSeries) {
    for (const [f, v] of Object.entries(ts.dimensions)) {
      const vs = values.get(f);
      if (vs && !vs.includes(v)) vs.push(v);
    }
  }
  const present = fields.filter((f) => values.get(f)!.length > 0);
  const rank = (f: string) => [values.get(f)!.length, fields.indexOf(f)] as const;
  const before = (a: string, b: string) => rank(a)[0] < rank(b)[0] || (rank(a)[0] === rank(b)[0] && rank(a)[1] < rank(b)[1]);
  return present.map((b) => {
    const withB = timeSeries.filter((ts) => b in ts.dimensions);
    const requires = present.filter((a) => a !== b && withB.every((ts) => a in ts.dimensions));
    const hierarchical = (a: string) => {
      const within = new Map<string, string>();
      for (const ts of withB) {
        const had = within.get(ts.dimensions[b]!);
        if (had === undefined) within.set(ts.dimensions[b]!, ts.dimensions[a]!);
        else if (had !== ts.dimensions[a]) return false;
      }
      return true;
    };
    const parents = requires.filter((a) => before(a, b) && hierarchical(a));
    const parent = parents.sort((x, y) => rank(y)[0] - rank(x)[0] || rank(y)[1] - rank(x)[1])[0];
    return { field: b, ...(parent ? { parent } : {}), ...(requires.length ? { requires } : {}), values: values.get(b)! };
  });
}

/**
 * Whether a series belongs to a selection: a chosen field must hold a chosen value; an unchosen field must be
 * blank (the total) unless a chosen field only appears with it, in which case it may hold any value.
 */
export function matchesDims(ts: TimeSeries, dims: Record<string, string[]>, nodes: DimensionNode[]): boolean {
  return nodes.every(({ field }) => {
    const chosen = dims[field] ?? [];
    const value = ts.dimensions[field];
    if (chosen.length > 0) return value !== undefined && chosen.includes(value);
    if (nodes.some((n) => (dims[n.field] ?? []).length > 0 && n.requires?.includes(field))) return true;
    return value === undefined;
  });
}

/** The values a nested field can take given its parent's choice (all of them where the parent is not chosen). */
export function valuesWithin(node: DimensionNode, dims: Record<string, string[]>, timeSeries: TimeSeries[]): string[] {
  const parentChoice = node.parent ? dims[node.parent] ?? [] : [];
  if (parentChoice.length === 0) return node.values;
  const ok = new Set(
    timeSeries.filter((ts) => parentChoice.includes(ts.dimensions[node.parent!] ?? '')).map((ts) => ts.dimensions[node.field]),
  );
  return node.values.filter((v) => ok.has(v));
}
