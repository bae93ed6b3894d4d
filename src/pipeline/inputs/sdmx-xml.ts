/**
 * One streaming pass over an XML document with saxes, for the SDMX readers: element names without
 * their namespace prefix, the line each element starts on, and the first well-formedness error
 * reported at the parser's line (never a stack trace). SDMX files come with varying prefixes
 * (`message:`, `mes:`, `generic:` or none), so, like sdg-build, we match on local names only.
 */
import { SaxesParser } from 'saxes';
import type { ProblemList } from '../problems.ts';

export interface XmlHandlers {
  /** An element opens; `attrs` keeps attribute names as written (`xml:lang`, `id`, `xsi:type`). */
  open(name: string, attrs: Record<string, string>, line: number): void;
  close?(name: string): void;
  /** Character data and CDATA, as decoded by the parser. */
  text?(text: string): void;
}

/** Thrown from the error handler to stop saxes at the first error, so one mistake gives one problem. */
class Stop {}

export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Walks `text`, calling `handlers` for each element. Returns false after reporting malformed XML
 * (or an empty document, which the caller words itself when it passes `onEmpty`).
 */
export function walkXml(text: string, file: string, problems: ProblemList, handlers: XmlHandlers, onEmpty?: () => void): boolean {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '' && onEmpty) {
    onEmpty();
    return false;
  }
  const parser = new SaxesParser({ position: true });
  let line = 1;
  let failure: { line: number; message: string } | undefined;
  parser.on('opentagstart', () => {
    // Tags can span lines; the element's place is where its name is, not where its `>` is.
    line = parser.line;
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>, line));
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  parser.on('error', (err) => {
    failure = { line: parser.line, message: err.message.replace(/^\d+:\d+: /, '') };
    throw new Stop();
  });
  try {
    parser.write(source).close();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  if (!failure) return true;
  const message = failure.message.replace(/\.$/, '');
  problems.error(file, failure.line, `Malformed XML: ${message}.`,
    'Fix the markup at this line (every tag closed, attribute values quoted), or export the file again.');
  return false;
}
