/** Putting the inputs' results together: one table per indicator, and the files no input read. */
import type { DataConfig } from './config/data-config.ts';
import type { DataTable, InputContext } from './inputs/types.ts';
import type { ProblemList } from './problems.ts';
import { patternToRegExp } from './inputs/paths.ts';

/** Several tables of one indicator from one input (SDMX messages) become one: columns united, rows keep their file. */
function concat(tables: DataTable[]): DataTable {
  if (tables.length === 1) return tables[0]!;
  const columns = [...new Set(tables.flatMap((t) => t.table.columns))];
  const records = tables.flatMap((t) => t.table.records.map((r) => ({
    ...r,
    cells: Object.fromEntries(columns.map((c) => [c, r.cells[c] ?? ''])),
    file: r.file ?? t.file,
  })));
  const notBreakdowns = [...new Set(tables.flatMap((t) => t.notBreakdowns ?? []))];
  return { id: tables[0]!.id, file: tables[0]!.file, table: { columns, records }, ...(notBreakdowns.length > 0 ? { notBreakdowns } : {}) };
}

function dropColumns(table: DataTable, drop: readonly string[]): DataTable {
  const inConstants = (r: { constants?: Record<string, string> }) => !!r.constants && drop.some((c) => c in r.constants!);
  if (!drop.some((c) => table.table.columns.includes(c)) && !table.table.records.some(inConstants)) return table;
  const columns = table.table.columns.filter((c) => !drop.includes(c));
  const without = (constants: Record<string, string>) => Object.fromEntries(Object.entries(constants).filter(([c]) => !drop.includes(c)));
  return { ...table, table: { columns, records: table.table.records.map((r) => ({
    ...r,
    cells: Object.fromEntries(columns.map((c) => [c, r.cells[c] ?? ''])),
    ...(r.constants ? { constants: without(r.constants) } : {}),
  })) } };
}

/**
 * One table per indicator. Where two inputs give data for the same indicator, the later one is used, as
 * sdg-build does, and the report says so (an NSO moving from CSV to SDMX often keeps both for a while).
 */
export function mergeTables(tables: { input: number; table: DataTable }[], drop: readonly string[], problems: ProblemList): Map<string, DataTable> {
  const byId = new Map<string, Map<number, DataTable[]>>();
  for (const { input, table } of tables) {
    const perInput = byId.get(table.id) ?? new Map<number, DataTable[]>();
    perInput.set(input, [...(perInput.get(input) ?? []), table]);
    byId.set(table.id, perInput);
  }
  const merged = new Map<string, DataTable>();
  for (const [id, perInput] of byId) {
    const inputs = [...perInput.keys()].sort((a, b) => a - b);
    const used = concat(perInput.get(inputs[inputs.length - 1]!)!);
    if (inputs.length > 1) {
      const earlier = inputs.slice(0, -1).flatMap((i) => perInput.get(i)!.map((t) => t.file));
      problems.warning(used.file, 1, `Indicator ${id} also has data in ${earlier.join(', ')}; this file, read by a later input, is used.`,
        'Delete the file that is no longer kept up to date, or remove its input from the configuration.');
    }
    merged.set(id, dropColumns(used, drop));
  }
  return merged;
}

/** Folders the inputs read from; entries there that no input read are listed once per folder (README.md, a .docx). */
export function unreadEntries(config: DataConfig, ctx: InputContext, read: readonly string[]): void {
  const folders = new Set<string>();
  for (const input of config.inputs) {
    const pattern = input.options['path_pattern'];
    if (typeof pattern === 'string' && pattern.includes('/')) folders.add(pattern.slice(0, pattern.lastIndexOf('/')));
  }
  const readSet = new Set(read);
  const allPatterns = config.inputs.flatMap((i) => (typeof i.options['path_pattern'] === 'string' ? [i.options['path_pattern']] : []));
  for (const folder of [...folders].sort()) {
    const dir = `${ctx.root}/${folder}`;
    const unread = ctx.fx.list(dir).sort().filter((name) => {
      const path = `${folder}/${name}`;
      if (readSet.has(path) || name.startsWith('.') || read.some((r) => r.startsWith(`${path}/`))) return false;
      // Files that match a pattern but were skipped are reported where they were skipped.
      return !allPatterns.some((p) => patternToRegExp(p).test(path));
    }).map((name) => (ctx.fx.list(`${dir}/${name}`).length > 0 ? `${name}/` : name));
    if (unread.length === 0) continue;
    const shown = unread.length > 6 ? `${unread.slice(0, 6).join(', ')} and ${unread.length - 6} more` : unread.join(', ');
    ctx.problems.warning(folder + '/', 1, `${unread.length === 1 ? '1 entry is' : `${unread.length} entries are`} not read by any input: ${shown}.`,
      `Nothing to do if ${unread.length === 1 ? 'it is a note or a source file' : 'they are notes or source files'}; otherwise check the inputs in ${config.file ?? 'config_data.yml'}.`);
  }
}
