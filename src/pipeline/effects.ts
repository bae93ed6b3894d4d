/** What the pipeline needs from the outside world; tests pass an in-memory fake. */
export interface ReadEffects {
  /** File names (not paths) directly inside `dir`; empty when `dir` does not exist. */
  list(dir: string): string[];
  /** The file's text (UTF-8). */
  read(path: string): string;
}

/** A fake file system from a map of `path → text`, for tests. */
export function memoryFiles(files: Record<string, string>): ReadEffects {
  return {
    list(dir) {
      const prefix = dir.replace(/\/+$/, '') + '/';
      return Object.keys(files)
        .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .map((p) => p.slice(prefix.length));
    },
    read(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`No such file: ${path}`);
      return text;
    },
  };
}
