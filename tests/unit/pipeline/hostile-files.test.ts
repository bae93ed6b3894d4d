/**
 * Hostile or unusual files in a data repository (issue 12): each case is put into a copy of a good repository on
 * disk and read through the real, confined file reader; the whole report is pinned. Nothing outside the repository
 * is read, nothing is followed in a loop, and the report never echoes control characters or more than 200
 * characters of a cell. Links, folders, pipes and very large files are made here (see tests/fixtures/hostile/README.md).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/pipeline/index.ts';
import { formatReport } from '../../../src/pipeline/problems.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';

const HOSTILE = 'tests/fixtures/hostile';
const base = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A good repository (1-2-1 with data and metadata, 1-3-1 with metadata only), and a folder beside it. */
function repository(name: string): { root: string; outside: string } {
  const root = join(base, name, 'repo');
  const outside = join(base, name, 'outside');
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(root, 'meta'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  copyFileSync('tests/fixtures/good/indicator_1-2-1.csv', join(root, 'data/indicator_1-2-1.csv'));
  copyFileSync('tests/fixtures/good/1-2-1.md', join(root, 'meta/1-2-1.md'));
  writeFileSync(join(root, 'meta/1-3-1.md'), '---\nindicator_number: 1.3.1\nreporting_status: notstarted\n---\n');
  copyFileSync(join(HOSTILE, 'outside-secret.md'), join(outside, 'secret.md'));
  writeFileSync(join(outside, 'passwd'), 'root:x:0:0:OUTSIDE-SECRET-7f3a:/root:/bin/bash\n');
  return { root, outside };
}

async function report(root: string) {
  const at = { root, frameworkRoot: 'data/sdg-framework', languages: ['en'] };
  const site = await loadSite(at, repositoryFiles(at));
  return { site, lines: formatReport(site.problems).split('\n') };
}

const CSV = 'data/indicator_1-2-1.csv';
const META = 'meta/1-2-1.md';
const LINK_OUT = 'This is a link to a file outside the repository; not read. Hint: Copy the file into the repository instead of linking to it, or remove the link.';

const cases: { name: string; make: (r: { root: string; outside: string }) => void; expected: string[] }[] = [
  {
    name: 'binary data under a CSV name',
    make: ({ root }) => copyFileSync(join(HOSTILE, 'binary-garbage.csv'), join(root, CSV)),
    expected: [`${CSV}:1: error: The file holds binary data, not text; not read. Hint: Save it as UTF-8 text (from a spreadsheet: "CSV UTF-8"), or move it out of the folder.`, '1 error, 0 warnings.'],
  },
  {
    name: 'binary data under a metadata name',
    make: ({ root }) => copyFileSync(join(HOSTILE, 'binary-garbage.md'), join(root, META)),
    expected: [`${META}:1: error: The file holds binary data, not text; not read. Hint: Save it as UTF-8 text (from a spreadsheet: "CSV UTF-8"), or move it out of the folder.`, '1 error, 0 warnings.'],
  },
  {
    name: 'a CSV saved as UTF-16',
    make: ({ root }) => copyFileSync(join(HOSTILE, 'utf16.csv'), join(root, CSV)),
    expected: [`${CSV}:1: error: The file is saved as UTF-16, not UTF-8; not read. Hint: Save it as UTF-8 (from a spreadsheet: "CSV UTF-8").`, '1 error, 0 warnings.'],
  },
  {
    name: 'terminal escapes in a cell',
    make: ({ root }) => copyFileSync(join(HOSTILE, 'control-characters.csv'), join(root, CSV)),
    expected: [`${CSV}:2: error: Column "Value": expected a number, received "�[2J�[31mred�". Hint: Leave the cell empty for a missing value; put notes in COMMENT_OBS.`, '1 error, 0 warnings.'],
  },
  {
    name: 'a 5,000-character cell',
    make: ({ root }) => copyFileSync(join(HOSTILE, 'long-cell.csv'), join(root, CSV)),
    expected: [`${CSV}:2: error: Column "Value": expected a number, received "${readFileSync(join(HOSTILE, 'long-cell.csv'), 'utf8').split('\n')[1]!.slice(5, 205)}…". Hint: Leave the cell empty for a missing value; put notes in COMMENT_OBS.`, '1 error, 0 warnings.'],
  },
  {
    name: '30 problems of one kind',
    make: ({ root }) => copyFileSync(join(HOSTILE, 'many-bad-rows.csv'), join(root, CSV)),
    expected: [
      ...Array.from({ length: 20 }, (_, i) => `${CSV}:${i + 2}: error: Column "Value": expected a number, received "n/a ${i}". Hint: Leave the cell empty for a missing value; put notes in COMMENT_OBS.`),
      `${CSV}: 10 more errors like the one above, not listed.`,
      '',
      'Summary by kind of problem:',
      `  30 errors: Column "…": expected a number, received "…". (${CSV}:2, ${CSV}:3, ${CSV}:4, and 27 more). Leave the cell empty for a missing value; put notes in COMMENT_OBS.`,
      '30 errors, 0 warnings.',
    ],
  },
  {
    name: 'a YAML alias bomb',
    make: ({ root }) => copyFileSync(join(HOSTILE, 'alias-bomb.md'), join(root, META)),
    expected: [`${META}:2: error: YAML could not be read: Excessive alias count indicates a resource exhaustion attack. Hint: Remove the aliases (*name) that repeat large parts of the file.`, '1 error, 0 warnings.'],
  },
  {
    name: 'a 10 MB metadata field',
    make: ({ root }) => writeFileSync(join(root, META), `---\nreporting_status: complete\nindicator_name: ${'n'.repeat(10_000_000)}\ngraph_type: ${'x'.repeat(10_000_000)}\n---\n`),
    expected: [`${META}:4: error: graph_type: expected one of line, bar, binary; received "${'x'.repeat(200)}…". Hint: Use one of: line, bar, binary.`, '1 error, 0 warnings.'],
  },
  {
    name: 'metadata linked to a file outside the repository',
    make: ({ root, outside }) => { rmSync(join(root, META)); symlinkSync(join(outside, 'secret.md'), join(root, META)); },
    expected: [`${META}:1: error: ${LINK_OUT}`, '1 error, 0 warnings.'],
  },
  {
    name: 'a CSV linked to a system file',
    make: ({ root, outside }) => { rmSync(join(root, CSV)); symlinkSync(join(outside, 'passwd'), join(root, CSV)); },
    expected: [`${CSV}:1: error: ${LINK_OUT}`, '1 error, 0 warnings.'],
  },
  {
    name: 'a relative link that climbs out',
    make: ({ root }) => { rmSync(join(root, META)); symlinkSync('../../outside/secret.md', join(root, META)); },
    expected: [`${META}:1: error: ${LINK_OUT}`, '1 error, 0 warnings.'],
  },
  {
    name: 'a folder linked out of the repository',
    make: ({ root, outside }) => {
      rmSync(join(root, 'meta'), { recursive: true });
      mkdirSync(join(outside, 'meta'));
      copyFileSync(join(outside, 'secret.md'), join(outside, 'meta/1-2-1.md'));
      symlinkSync(join(outside, 'meta'), join(root, 'meta'));
    },
    expected: [
      `${CSV}:1: error: No metadata for indicator 1.2.1: expected a metadata file for it (e.g. meta/1-2-1.md). Hint: Create meta/1-2-1.md with at least "reporting_status: complete", or delete the data file.`,
      'meta:1: warning: This folder is a link to a folder outside the repository; its files are not read. Hint: Copy the folder into the repository instead of linking to it, or remove the link.',
      '1 error, 1 warning.',
    ],
  },
  {
    name: 'a link to nothing',
    make: ({ root }) => symlinkSync(join(root, 'gone.csv'), join(root, 'data/indicator_1-3-1.csv')),
    expected: ['data/indicator_1-3-1.csv:1: error: This is a link to a file that does not exist; not read. Hint: Remove the link, or point it at a file in the repository.', '1 error, 0 warnings.'],
  },
  {
    name: 'a link loop',
    make: ({ root }) => {
      symlinkSync('indicator_1-3-1.csv', join(root, 'data/indicator_1-4-1.csv'));
      symlinkSync('indicator_1-4-1.csv', join(root, 'data/indicator_1-3-1.csv'));
      writeFileSync(join(root, 'meta/1-4-1.md'), '---\nreporting_status: notstarted\n---\n');
    },
    expected: [
      'data/indicator_1-3-1.csv:1: error: This is a link that leads back to itself (a link loop); not read. Hint: Remove the link, or point it at a file in the repository.',
      'data/indicator_1-4-1.csv:1: error: This is a link that leads back to itself (a link loop); not read. Hint: Remove the link, or point it at a file in the repository.',
      '2 errors, 0 warnings.',
    ],
  },
  {
    name: 'a folder named like a CSV',
    make: ({ root }) => mkdirSync(join(root, 'data/indicator_1-3-1.csv')),
    expected: ['data/indicator_1-3-1.csv:1: error: This is a folder, not a file; not read. Hint: Rename or move the folder: its name looks like a file the portal reads.', '1 error, 0 warnings.'],
  },
  {
    name: 'a pipe named like a CSV (never waited on)',
    make: ({ root }) => { spawnSync('mkfifo', [join(root, 'data/indicator_1-3-1.csv')]); },
    expected: ['data/indicator_1-3-1.csv:1: error: This is not a regular file (a device, pipe or socket); not read. Hint: Replace it with a regular file, or remove it.', '1 error, 0 warnings.'],
  },
  {
    name: 'a configured path that climbs out of the repository',
    make: ({ root, outside }) => {
      copyFileSync(join(root, CSV), join(outside, 'indicator_1-3-1.csv'));
      writeFileSync(join(root, 'config_data.yml'), 'inputs:\n  - class: InputCsvData\n    path_pattern: ../outside/*-*.csv\n  - class: InputYamlMdMeta\n    path_pattern: meta/*-*.md\n');
    },
    expected: [
      '../outside:1: warning: This folder is a link to a folder outside the repository; its files are not read. Hint: Copy the folder into the repository instead of linking to it, or remove the link.',
      '0 errors, 1 warning.',
    ],
  },
];

describe('hostile files in a data repository: a located problem each, nothing read from outside', () => {
  it.each(cases)('$name', async ({ name, make, expected }) => {
    const repo = repository(name.replace(/\W+/g, '-'));
    make(repo);
    const { site, lines } = await report(repo.root);
    expect(lines).toEqual(expected);
    expect(JSON.stringify(site)).not.toContain('OUTSIDE-SECRET-7f3a');
  }, 60_000);
});

describe('npm run validate on a hostile repository', () => {
  it('prints located problems and never a stack trace', () => {
    const repo = repository('cli');
    copyFileSync(join(HOSTILE, 'binary-garbage.csv'), join(repo.root, CSV));
    mkdirSync(join(repo.root, 'data/indicator_1-3-1.csv'));
    symlinkSync(join(repo.outside, 'secret.md'), join(repo.root, 'meta/1-4-1.md'));
    copyFileSync(join(HOSTILE, 'alias-bomb.md'), join(repo.root, 'meta/1-5-1.md'));
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', repo.root], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toContain(`${repo.root}/${CSV}:1: error: The file holds binary data, not text; not read.`);
    expect(run.stdout).toContain(`${repo.root}/data/indicator_1-3-1.csv:1: error: This is a folder, not a file; not read.`);
    expect(run.stdout).toContain(`${repo.root}/meta/1-4-1.md:1: error: ${LINK_OUT}`);
    expect(run.stdout).toContain(`${repo.root}/meta/1-5-1.md:2: error: YAML could not be read: Excessive alias count`);
    expect(run.stdout).not.toContain('OUTSIDE-SECRET-7f3a');
    expect(run.status).toBe(1);
  }, 120_000);
});
