/** What git prints, read without git: the log of the data folders and cat-file's batch output. */
import { describe, expect, it } from 'vitest';
import { parseCatFileBatch, parseGitLog } from '../../../../src/pipeline/history/git-output.ts';
import { cellsOfLine } from '../../../../src/pipeline/history/summarise.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const H1 = '1'.repeat(40);
const H2 = '2'.repeat(40);

describe('parseGitLog', () => {
  it('reads commits, their tags and each file changed with its blobs (added, modified, deleted; odd names kept)', () => {
    const log = `\x1e${H2}\x1f2025-02-03T09:00:00+01:00\x1fHEAD -> main, tag: v2025.1, origin/main\x1fUpdate 1.1.1\0\n` +
      `:100644 100644 ${A} ${B} M\0data/indicator_1-1-1.csv\0:000000 100644 ${Z} ${A} A\0meta/ a file, with "quotes".md\0` +
      `\x1e${H1}\x1f2024-01-15T23:30:00-05:00\x1f\x1fFirst\0\n:100644 000000 ${B} ${Z} D\0data/old.csv\0`;
    expect(parseGitLog(log)).toEqual([
      { hash: H2, date: '2025-02-03', tags: ['v2025.1'], subject: 'Update 1.1.1', changes: [
        { path: 'data/indicator_1-1-1.csv', before: A, after: B },
        { path: 'meta/ a file, with "quotes".md', after: A },
      ] },
      // The date is the committer's own day, as written.
      { hash: H1, date: '2024-01-15', tags: [], subject: 'First', changes: [{ path: 'data/old.csv', before: B }] },
    ]);
  });

  it('reads an empty log as no commits', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('parseCatFileBatch', () => {
  it('reads each blob by its id, bytes kept (a newline inside, UTF-8), and skips the missing', () => {
    const enc = new TextEncoder();
    const one = enc.encode('Year,Value\n2020,1\n');
    const two = enc.encode('é');
    const out = new Uint8Array([...enc.encode(`${A} blob ${one.length}\n`), ...one, 10, ...enc.encode(`${Z} missing\n`), ...enc.encode(`${B} blob ${two.length}\n`), ...two, 10]);
    const blobs = parseCatFileBatch(out);
    expect([...blobs.keys()]).toEqual([A, B]);
    expect(new TextDecoder().decode(blobs.get(A))).toBe('Year,Value\n2020,1\n');
    expect(new TextDecoder().decode(blobs.get(B))).toBe('é');
  });
});

describe('cellsOfLine', () => {
  it.each([
    ['2020,,Percentage,1.5', ['2020', '', 'Percentage', '1.5']],
    ['2020,"Males, aged 16+", 3 ', ['2020', 'Males, aged 16+', '3']],
    ['"He said ""no""",x', ['He said "no"', 'x']],
    ['', ['']],
  ])('%j → %j', (line, cells) => {
    expect(cellsOfLine(line)).toEqual(cells);
  });
});
