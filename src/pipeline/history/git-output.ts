/**
 * Reading what git prints, without running it (src/site/git-history.ts runs it): the log of the data folders
 * with the blobs each commit changed, and `git cat-file --batch` output. Pure, so tests feed it text.
 */

/** The format `git log` is asked for: a record separator, then hash, committer date, refs and subject. */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%D%x1f%s';

/** The blob id git writes for "no file" (added or deleted). */
export const NO_BLOB = /^0+$/;

export interface FileChange {
  path: string;
  /** Blob ids before and after; undefined where the file did not exist. */
  before?: string;
  after?: string;
}

export interface Commit {
  hash: string;
  /** `YYYY-MM-DD`, from the committer date as written (the committer's own time zone). */
  date: string;
  /** Tags pointing at the commit (`tag: v1.2` in `%D`). */
  tags: string[];
  subject: string;
  changes: FileChange[];
}

/**
 * Parses `git log --raw --no-abbrev -z --format=LOG_FORMAT`: each commit is `\x1e` + fields split by `\x1f`,
 * a NUL and a newline, then `:<mode> <mode> <before> <after> <status>\0<path>\0` per file. Newest first.
 */
export function parseGitLog(text: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of text.split('\x1e')) {
    if (!record.trim()) continue;
    const end = record.indexOf('\0');
    const header = end < 0 ? record : record.slice(0, end);
    const [hash = '', date = '', refs = '', subject = ''] = header.split('\x1f');
    if (!/^[0-9a-f]{40,64}$/.test(hash)) continue;
    const tokens = end < 0 ? [] : record.slice(end + 1).replace(/^\n/, '').split('\0');
    const changes: FileChange[] = [];
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*$/.exec(tokens[i]!.trim());
      if (!m) continue;
      changes.push({ path: tokens[i + 1]!, ...(NO_BLOB.test(m[1]!) ? {} : { before: m[1]! }), ...(NO_BLOB.test(m[2]!) ? {} : { after: m[2]! }) });
    }
    const tags = refs.split(',').map((r) => r.trim()).filter((r) => r.startsWith('tag: ')).map((r) => r.slice(5));
    commits.push({ hash, date: date.slice(0, 10), tags, subject, changes });
  }
  return commits;
}

/** Parses `git cat-file --batch` output: `<id> blob <size>\n<bytes>\n` per object (`<id> missing\n` for none). */
export function parseCatFileBatch(out: Uint8Array): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  let i = 0;
  while (i < out.length) {
    const nl = out.indexOf(10, i);
    if (nl < 0) break;
    const header = decoder.decode(out.subarray(i, nl));
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) {
      i = nl + 1; // "<id> missing"
      continue;
    }
    const size = Number(m[3]);
    if (m[2] === 'blob') blobs.set(m[1]!, out.slice(nl + 1, nl + 1 + size));
    i = nl + 1 + size + 1;
  }
  return blobs;
}
