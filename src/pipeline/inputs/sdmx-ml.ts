/**
 * SDMX-ML data inputs, as sdg-build's InputSdmxMl_Multiple (a path_pattern of files) and
 * InputSdmxMl_StructureSpecific / InputSdmxMl_Structure (one `source` file) read them: each file is
 * a structure-specific or generic SDMX-ML 2.1 data message (told apart by its root element), read
 * against one DSD that says which indicator each SERIES code belongs to and what its codes are called.
 */
import type { ProblemList } from '../problems.ts';
import { matchFiles } from './paths.ts';
import { readDsd, structureRef, type Dsd } from './sdmx-dsd.ts';
import { readSdmxMessage } from './sdmx-message.ts';
import { readSdmxOptions, type SdmxOptions } from './sdmx-options.ts';
import { dsdTranslations, messageToTables, type Skipped } from './sdmx-tables.ts';
import type { DataTable, FieldPlace, InputContext, InputReader, InputResult } from './types.ts';
import { append } from '../extent.ts';

const IS_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function exists(ctx: InputContext, path: string): boolean {
  const slash = path.lastIndexOf('/');
  const dir = slash >= 0 ? `${ctx.root}/${path.slice(0, slash)}` : ctx.root;
  return ctx.fx.list(dir).includes(path.slice(slash + 1));
}

/** The file called `name` at the root, else in a folder one level down (first in name order). */
function findByName(ctx: InputContext, name: string): string | undefined {
  if (!name) return undefined;
  const folders = ctx.fx.list(ctx.root).filter((n) => !n.startsWith('.') && n !== 'node_modules').sort();
  for (const dir of ['', ...folders]) {
    if (ctx.fx.list(dir ? `${ctx.root}/${dir}` : ctx.root).includes(name)) return dir ? `${dir}/${name}` : name;
  }
  return undefined;
}

/**
 * A repository path for an option value. URLs are never fetched: a file with the URL's base name at the
 * root or one folder down stands in for it, else one warning and nothing is read.
 */
export function localPath(ctx: InputContext, option: string, value: string, where: FieldPlace): string | undefined {
  if (!IS_URL.test(value)) {
    const path = value.replace(/^\.?\/+/, '');
    if (exists(ctx, path)) return path;
    ctx.problems.error(where.file, where.line, `Option "${option}": file "${path}" does not exist.`,
      'Check the path, which is relative to the repository root.');
    return undefined;
  }
  const base = value.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? '';
  const found = findByName(ctx, base);
  if (found) return found;
  ctx.problems.warning(where.file, where.line, `Option "${option}" is a URL, which is not fetched, and no file "${base}" is in the repository; nothing read.`,
    `Add the file to the repository and set ${option} to its path.`);
  return undefined;
}

export function read(ctx: InputContext, path: string): string | undefined {
  try {
    return ctx.fx.read(`${ctx.root}/${path}`);
  } catch (e) {
    ctx.problems.error(path, 1, `The file cannot be read: ${e instanceof Error ? e.message : String(e)}.`, 'Check that the file is readable.');
    return undefined;
  }
}

/** One warning for all files citing another DSD than the configured one (the usual case is an older version). */
function reportOtherDsds(problems: ProblemList, dsd: Dsd, dsdPath: string, cited: Map<string, { count: number; file: string; line: number }>): void {
  const first = [...cited.values()].sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }))[0];
  if (!first) return;
  const parts = [...cited].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([ref, { count }], i) => `${plural(count, 'file cites', 'files cite')} ${i === 0 ? 'DSD ' : ''}${ref}`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const same = [...cited.keys()].every((ref) => ref.startsWith(`${dsd.agency}:${dsd.id}(`));
  problems.warning(first.file, first.line, `${list}; read with the configured ${dsdPath} (${same ? dsd.version : structureRef(dsd)}).`,
    'Codes missing from the configured DSD stay as raw codes; export these files again against it, or set dsd to the version they cite.');
}

function reportSkipped(problems: ProblemList, skipped: Map<string, Skipped>): void {
  for (const [code, s] of skipped) {
    const count = `${plural(s.observations, 'observation', 'observations')}${s.files.size > 1 ? ` in ${s.files.size} files` : ''} skipped`;
    if (s.reason === 'no-series') {
      problems.warning(s.file, s.line, `Series key without a SERIES value; ${count}.`,
        'Give every series a SERIES code from the DSD, so it can be matched to an indicator.');
    } else {
      problems.warning(s.file, s.line, s.reason === 'not-in-dsd'
        ? `Series code ${code} is not in the DSD's SERIES codelist; ${count}.`
        : `Series code ${code} has no Indicator annotation in the DSD; ${count}.`,
      `Map it in the input's indicator_id_map (${code}: 1-2-1), or ${s.reason === 'not-in-dsd' ? 'add the code to the DSD' : 'annotate the code in the DSD'}.`);
    }
  }
}

/** The input's DSD, read once for all its files; undefined (problem reported) when there is none to read. */
function loadDsd(opts: SdmxOptions, ctx: InputContext, where: FieldPlace): { dsd: Dsd; path: string } | undefined {
  let path: string | undefined;
  if (opts.dsd !== undefined) path = localPath(ctx, 'dsd', opts.dsd, where);
  else {
    // sdg-build's default is the global SDG DSD online; a copy of it in the repository is the closest we come.
    path = findByName(ctx, 'SDG_DSD.xml');
    if (!path) {
      ctx.problems.warning(where.file, where.line, 'Option "dsd" is missing and no SDG_DSD.xml is in the repository; nothing read.',
        'Add the DSD the data files were made with, and set dsd to its path.');
    }
  }
  const text = path === undefined ? undefined : read(ctx, path);
  const dsd = path === undefined || text === undefined ? undefined : readDsd(text, path, ctx.problems, opts.titles);
  return dsd && path ? { dsd, path } : undefined;
}

/** Reads `files` (paths relative to the root) against the input's DSD. */
function readFiles(files: string[], opts: SdmxOptions, ctx: InputContext, where: FieldPlace): InputResult {
  const loaded = loadDsd(opts, ctx, where);
  if (!loaded) return { data: [], meta: [] };
  const { dsd, path: dsdPath } = loaded;

  const data: DataTable[] = [];
  const skipped = new Map<string, Skipped>();
  const cited = new Map<string, { count: number; file: string; line: number }>();
  for (const file of files) {
    const text = read(ctx, file);
    const msg = text === undefined ? undefined : readSdmxMessage(text, file, ctx.problems);
    if (!msg) continue;
    if (msg.structure && structureRef(msg.structure) !== structureRef(dsd)) {
      const ref = structureRef(msg.structure);
      const c = cited.get(ref) ?? { count: 0, file, line: msg.structure.line };
      c.count++;
      cited.set(ref, c);
    }
    if (!msg.series.some((s) => s.obs.length > 0)) {
      ctx.problems.warning(file, msg.dataSetLine, 'The message has no observations.', 'Export the data again, or delete the file if the indicator has no data.');
      continue;
    }
    append(data, messageToTables(msg, file, dsd, opts, skipped));
  }
  reportOtherDsds(ctx.problems, dsd, dsdPath, cited);
  reportSkipped(ctx.problems, skipped);
  return { data, meta: [], translations: dsdTranslations(dsd, opts.dimensionMap), dsd: { dsd, dimensionMap: opts.dimensionMap } };
}

/** InputSdmxMl_Multiple: every file matching `path_pattern`, each one SDMX-ML data message. */
export const readSdmxMlMultiple: InputReader = async (options, ctx, where) => {
  const opts = readSdmxOptions(options, 'path_pattern', where, ctx.problems);
  if (opts.files === undefined) return { data: [], meta: [] };
  const files = matchFiles(ctx, opts.files);
  if (files.length === 0) {
    ctx.problems.warning(where.file, where.line, `Option "path_pattern": no file matches "${opts.files}".`,
      'Check the folder and pattern, which are relative to the repository root.');
    return { data: [], meta: [] };
  }
  return readFiles(files, opts, ctx, where);
};

/** InputSdmxMl_StructureSpecific (and InputSdmxMl_Structure): the one message at `source`. */
export const readSdmxMlStructureSpecific: InputReader = async (options, ctx, where) => {
  const opts = readSdmxOptions(options, 'source', where, ctx.problems);
  const source = opts.files === undefined ? undefined : localPath(ctx, 'source', opts.files, where);
  return source === undefined ? { data: [], meta: [] } : readFiles([source], opts, ctx, where);
};

/** Generic messages are told apart from structure-specific ones by their root, so one reader serves both classes. */
export const readSdmxMlStructure: InputReader = readSdmxMlStructureSpecific;
