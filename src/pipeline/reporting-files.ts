/**
 * The one door every repository read passes: a file the reader refuses (a link out of the repository, a loop,
 * a folder named like a file) or that holds binary data is reported once, at its path, and read as empty; what
 * the pipeline would then say about that empty file is not said (the problem list is told to keep quiet about it).
 */
import { RefusedFile, type ReadEffects } from './effects.ts';
import type { ProblemList } from './problems.ts';

export const BINARY = {
  message: 'The file holds binary data, not text; not read.',
  hint: 'Save it as UTF-8 text (from a spreadsheet: "CSV UTF-8"), or move it out of the folder.',
  utf16: 'The file is saved as UTF-16, not UTF-8; not read.',
  utf16Hint: 'Save it as UTF-8 (from a spreadsheet: "CSV UTF-8").',
} as const;

const systemCode = (e: unknown) => (e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' ? (e as NodeJS.ErrnoException).code : undefined);

/**
 * `fx` with every refusal turned into a located problem. `shown` turns a path into what the report prints
 * (relative to the repository root). Files are errors (a build must not go on without them); folders are
 * warnings (their files simply are not there).
 */
export function reportingFiles(fx: ReadEffects, problems: ProblemList, shown: (path: string) => string): ReadEffects {
  const said = new Set<string>();
  const report = (path: string, severity: 'error' | 'warning', message: string, hint: string) => {
    const file = shown(path);
    if (said.has(file)) return;
    said.add(file);
    problems[severity](file, 1, message, hint);
    problems.quietAbout(file);
  };
  function guarded<T>(path: string, read: () => T, empty: T): T {
    try {
      return read();
    } catch (e) {
      if (e instanceof RefusedFile) {
        report(path, 'error', e.reason, e.hint);
        return empty;
      }
      // Missing files are the caller's business (an optional file); anything else the system refuses is located here.
      const code = systemCode(e);
      if (code && code !== 'ENOENT') {
        report(path, 'error', `The file cannot be read (${code}).`, 'Check that it is a readable file.');
        return empty;
      }
      throw e;
    }
  }
  return {
    list(dir) {
      try {
        return fx.list(dir);
      } catch (e) {
        if (!(e instanceof RefusedFile)) throw e;
        report(dir, 'warning', e.reason, e.hint);
        return [];
      }
    },
    read(path) {
      const text = guarded(path, () => fx.read(path), '');
      if (!text.includes('\u0000')) return text;
      // UTF-16 starts with FF FE or FE FF (two replacement characters once decoded as UTF-8), and its Latin text
      // is every other byte NUL; random binary data has few NULs.
      const head = text.slice(2, 202);
      const utf16 = text.startsWith('\uFFFD\uFFFD') && head.split('\u0000').length - 1 >= head.length * 0.3;
      report(path, 'error', utf16 ? BINARY.utf16 : BINARY.message, utf16 ? BINARY.utf16Hint : BINARY.hint);
      return '';
    },
    readBytes: (path) => guarded(path, () => fx.readBytes(path), new Uint8Array(0)),
  };
}
