import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { ProblemList } from './problems.ts';

export interface ParsedYaml {
  /** The top-level mapping; empty when the YAML could not be read. */
  data: Record<string, unknown>;
  /** Line (in the file) of each top-level key, so later checks can point at the field. */
  keyLines: Record<string, number>;
  ok: boolean;
}

/**
 * Parses YAML that starts at `firstLine` of `file` (front matter starts on line 2), reporting syntax
 * errors with the line they are on and keeping each top-level key's line.
 */
export function parseYaml(text: string, file: string, problems: ProblemList, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const empty: ParsedYaml = { data: {}, keyLines: {}, ok: false };
  if (doc.errors.length > 0) {
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
      problems.error(file, line + firstLine - 1, `YAML syntax error: ${reason}.`,
        quote ? `Close the quote at the end of the value, or remove it.`
          : 'Check the indentation and quote values that contain a colon followed by a space (": ").');
    }
    return empty;
  }
  if (doc.contents === null) return { ...empty, ok: true };
  if (!isMap(doc.contents)) {
    problems.error(file, firstLine, 'Expected "field: value" pairs (a YAML mapping), received a single value or a list.',
      'Write one "field: value" per line.');
    return empty;
  }
  const keyLines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      keyLines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line + firstLine - 1;
    }
  }
  return { data: doc.toJS() as Record<string, unknown>, keyLines, ok: true };
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
