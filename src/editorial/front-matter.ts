import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Line in the file of each top-level key. */
  keyLines: Record<string, number>;
  /** Line where the body starts (after the closing ---). */
  bodyLine: number;
  body: string;
  /** A syntax problem, with its line in the file. */
  error?: { line: number; message: string };
}

/** Reads YAML that starts on line `firstLine` of a file, keeping each top-level key's line. */
export function readYaml(text: string, firstLine = 1): Omit<FrontMatter, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = lineCounter.linePos(e.pos[0]).line + firstLine - 1;
    return { data: {}, keyLines: {}, error: { line, message: `YAML syntax error: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.` } };
  }
  const keyLines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) keyLines[String(item.key.value)] = lineCounter.linePos(item.key.range[0]).line + firstLine - 1;
    }
  }
  const data = doc.toJS() as unknown;
  return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, keyLines };
}

/** Splits `---\nyaml\n---\nbody` (the MDX and Markdown convention); no front matter gives an empty mapping. */
export function splitFrontMatter(text: string): FrontMatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { data: {}, keyLines: {}, bodyLine: 1, body: text, error: { line: 1, message: 'no front matter: the file must start with a line "---".' } };
  const bodyLine = m[0].split('\n').length;
  return { ...readYaml(m[1]!, 2), bodyLine, body: text.slice(m[0].length) };
}
