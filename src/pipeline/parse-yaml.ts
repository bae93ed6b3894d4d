import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { ProblemList } from './problems.ts';

export interface ParsedYaml {
  /** The top-level mapping; empty when the YAML could not be read. */
  data: Record<string, unknown>;
  /** Line (in the file) of each top-level key, so later checks can point at the field. */
  keyLines: Record<string, number>;
  /** The line of any value by its path (`['inputs', 2, 'path_pattern']`), or undefined. */
  lineAt(path: readonly (string | number)[]): number | undefined;
  ok: boolean;
}

export interface YamlOptions {
  /** Line of the file the text starts on (front matter starts on line 2). */
  firstLine?: number;
  /**
   * How a file that does not parse is reported: an error (metadata, configuration) or a warning with
   * what happens instead (a translation file whose keys then fall back).
   */
  unreadable?: { severity: 'warning'; consequence: string };
}

/** Characters that never belong in a key but arrive from copy-paste and spreadsheet exports. */
const STRAY = /[\uFEFF\u200B-\u200D\u2060\u00A0\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const DESCRIBE: Record<string, string> = { '\uFEFF': 'a byte-order mark', '\u00A0': 'a non-breaking space' };
const describeStray = (c: string) => DESCRIBE[c] ?? `an invisible character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;

function syntaxProblems(doc: Document, text: string, lineCounter: LineCounter, file: string, problems: ProblemList, opts: YamlOptions): void {
  const firstLine = opts.firstLine ?? 1;
  for (const error of doc.errors) {
    let line = lineCounter.linePos(error.pos[0]).line;
    let reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const quote = /Missing closing (["'])quote/.exec(reason)?.[1];
    if (quote) {
      // yaml reports an unclosed quote where the file ends; point at the line that opened it instead.
      const lines = text.split('\n').slice(0, line);
      const opened = lines.findLastIndex((l) => (l.split(quote).length - 1) % 2 === 1);
      if (opened >= 0) line = opened + 1;
      reason = `a ${quote === '"' ? 'double' : 'single'} quote is opened but never closed`;
    }
    const hint = quote ? 'Close the quote at the end of the value, or remove it.'
      : 'Check the indentation and quote values that contain a colon followed by a space (": ").';
    if (opts.unreadable) {
      problems.warning(file, line + firstLine - 1, `YAML syntax error: ${reason}; ${opts.unreadable.consequence}.`, hint);
    } else {
      problems.error(file, line + firstLine - 1, `YAML syntax error: ${reason}.`, hint);
    }
  }
}

/**
 * Parses YAML that starts at `firstLine` of `file`, reporting syntax errors with the line they are on and
 * keeping each key's line. A byte-order mark at the start is dropped; invisible characters inside a
 * top-level key are removed with a warning (Open SDG reads such files too, under the wrong key).
 */
export function parseYaml(text: string, file: string, problems: ProblemList, opts: YamlOptions = {}): ParsedYaml {
  const firstLine = opts.firstLine ?? 1;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  // maxAliasCount bounds "billion laughs" alias bombs; the library reports them as errors, which we locate.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const none = () => undefined;
  const empty: ParsedYaml = { data: {}, keyLines: {}, lineAt: none, ok: false };
  if (doc.errors.length > 0) {
    syntaxProblems(doc, source, lineCounter, file, problems, opts);
    return empty;
  }
  if (doc.contents === null) return { ...empty, ok: true };
  if (!isMap(doc.contents)) {
    problems.error(file, firstLine, 'Expected "field: value" pairs (a YAML mapping), received a single value or a list.',
      'Write one "field: value" per line.');
    return empty;
  }
  const lineAt = (path: readonly (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line + firstLine - 1 : undefined;
  };
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    problems.error(file, firstLine, `YAML could not be read: ${error instanceof Error ? error.message : String(error)}.`,
      'Remove the aliases (*name) that repeat large parts of the file.');
    return empty;
  }
  const keyLines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const raw = String(pair.key.value);
    const line = lineCounter.linePos(pair.key.range[0]).line + firstLine - 1;
    const clean = raw.replace(STRAY, '');
    if (clean !== raw && clean !== '') {
      const found = [...new Set(raw.match(STRAY) ?? [])].map(describeStray).join(' and ');
      problems.warning(file, line, `Key "${clean}" contains ${found}; read as "${clean}".`,
        'Retype the key, or save the file as UTF-8 without BOM.');
      if (!(clean in data)) data[clean] = data[raw];
      delete data[raw];
    }
    keyLines[clean] = line;
  }
  return { data, keyLines, lineAt, ok: true };
}

/**
 * Splits `---\nfront matter\n---\nbody`; a file without front matter is all body.
 * Blank lines before the opening `---` are tolerated (`leadingBlankLines` says how many), as Open SDG does.
 */
export function splitFrontMatter(text: string): { yaml: string; yamlLine: number; body: string; leadingBlankLines: number } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const m = /^((?:[ \t]*\r?\n)*)---[ \t]*\r?\n([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return { yaml: '', yamlLine: 1, body: source, leadingBlankLines: 0 };
  const leadingBlankLines = m[1]!.split('\n').length - 1;
  return { yaml: m[2]!, yamlLine: leadingBlankLines + 2, body: source.slice(m[0].length), leadingBlankLines };
}
