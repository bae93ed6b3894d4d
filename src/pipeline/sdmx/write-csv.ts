/**
 * SDMX-CSV 2.0: `STRUCTURE,STRUCTURE_ID` then the components' ids, one row per observation. One file may hold
 * several dataflows (the site-wide file): its header is every flow's components, and a row leaves the others empty.
 * Written through the project's one CSV writer: formulas defused, numbers kept as numbers.
 */
import { writeSparseCsv } from '../write-csv.ts';
import { refText, type SdmxComponent, type SdmxFlow } from './model.ts';

const ORDER: Record<SdmxComponent['role'], number> = { dimension: 0, time: 1, measure: 2, attribute: 3 };

/** The columns of a file holding these flows: dimensions first (in order of appearance), the time period, the measure, attributes. */
export function sdmxCsvColumns(flows: readonly SdmxFlow[]): string[] {
  const seen = new Map<string, number>();
  for (const f of flows) for (const c of f.components) if (!seen.has(c.id)) seen.set(c.id, ORDER[c.role]);
  const ids = [...seen.keys()];
  return ids.map((id, i) => ({ id, i, rank: seen.get(id)! })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((c) => c.id);
}

export function sdmxCsv(flows: readonly SdmxFlow[]): string {
  const columns = sdmxCsvColumns(flows);
  const at = new Map(columns.map((c, i) => [c, i + 2]));
  const groups = flows.map((f) => {
    // The flow's cells in the order of the header's columns.
    const order = f.components.map((c, i) => ({ pos: at.get(c.id)!, i })).sort((a, b) => a.pos - b.pos);
    return { at: [0, 1, ...order.map((o) => o.pos)], lead: ['dataflow', refText(f.ref)], pick: order.map((o) => o.i), rows: f.rows };
  });
  return writeSparseCsv(['STRUCTURE', 'STRUCTURE_ID', ...columns], groups);
}
