/** What the pipeline needs from the outside world; tests pass an in-memory fake. */
export interface ReadEffects {
  /** File names (not paths) directly inside `dir`; empty when `dir` does not exist. */
  list(dir: string): string[];
  /** The file's text (UTF-8). */
  read(path: string): string;
  /** The file's bytes (for binary formats such as .xlsx). */
  readBytes(path: string): Uint8Array;
}

/**
 * A file or folder the reader will not open: a link that leads out of the repository, a link loop, a link to
 * nothing, a folder where a file was expected, a device or pipe, a file too large to hold. Thrown by `list` and
 * `read`; the pipeline reports it at the path (`reportingFiles`), other readers skip or report it.
 */
export class RefusedFile extends Error {
  constructor(readonly path: string, readonly reason: string, readonly hint: string) {
    super(`${path}: ${reason}`);
    this.name = 'RefusedFile';
  }
}

/** A fake file system from a map of `path → text or bytes`, for tests. */
export function memoryFiles(files: Record<string, string | Uint8Array>): ReadEffects {
  const get = (path: string) => {
    const content = files[path];
    if (content === undefined) throw new Error(`No such file: ${path}`);
    return content;
  };
  return {
    list(dir) {
      const prefix = dir.replace(/\/+$/, '') + '/';
      const names = new Set<string>();
      for (const p of Object.keys(files)) {
        if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]!);
      }
      return [...names];
    },
    read(path) {
      const content = get(path);
      return typeof content === 'string' ? content : new TextDecoder().decode(content);
    },
    readBytes(path) {
      const content = get(path);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  };
}
