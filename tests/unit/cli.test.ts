import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync('node_modules/.bin/tsx', [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    timeout: 180_000,
  });

const BROKEN_REPORT = [
  'tests/fixtures/broken-repo/data/indicator_1-2-1.csv:3: error: Column "Value": expected a number, received "n/a". Hint: Leave the cell empty for a missing value; put notes in COMMENT_OBS.',
  'tests/fixtures/broken-repo/data/indicator_1-2-1.csv:4: error: Column "Value": expected a number, received "1,2". Hint: Use a point as the decimal separator (write 1.2, not 1,2).',
  'tests/fixtures/broken-repo/meta/1-2-1.md:4: error: graph_type: expected one of line, bar, binary; received "lines". Hint: Did you mean "line"?',
  'tests/fixtures/broken-repo/data/indicator_1-3-1.csv:1: warning: Column header "Sex " has leading or trailing spaces; read as "Sex". Hint: Remove the spaces from the header.',
  'tests/fixtures/broken-repo/data/indicator_1-3-1.csv:3: warning: Column "Sex": 2 cells have leading or trailing spaces; trimmed. Hint: Remove the spaces around the values.',
  '3 errors, 2 warnings.',
].join('\n');

describe('npm run validate', () => {
  it('prints every problem and exits 1 on errors (path argument)', () => {
    const run = tsx('scripts/validate.ts', ['tests/fixtures/broken-repo']);
    expect(run.stdout.trim()).toBe(BROKEN_REPORT);
    expect(run.status).toBe(1);
  });

  it('honours SDG_DATA_DIR and exits 0 when there are only warnings', () => {
    const run = tsx('scripts/validate.ts', [], { SDG_DATA_DIR: 'tests/fixtures/small-repo' });
    expect(run.stdout).toContain('0 errors, 0 warnings.');
    expect(run.status).toBe(0);
  });
});

describe('npm run build', () => {
  it('stops on bad data with the same report and leaves the previous site alone', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(dist, 'index.html'), 'previous site');
    const run = tsx('scripts/build.ts', [], { SDG_DATA_DIR: 'tests/fixtures/broken-repo', DIST_DIR: dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(BROKEN_REPORT);
    expect(run.stderr).toContain('Build stopped: fix the errors above (dist/ was left as it was).');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('builds another Open SDG repository named by SDG_DATA_DIR', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'dist-')), 'site');
    const run = tsx('scripts/build.ts', [], { SDG_DATA_DIR: 'tests/fixtures/small-repo', DIST_DIR: dist });
    expect(run.status, run.stderr).toBe(0);
    const page = readFileSync(join(dist, 'indicators/3-1-1/index.html'), 'utf8');
    expect(page).toContain('Maternal deaths per 100,000 live births, Testland');
    expect(page).toContain('Maternal mortality ratio, Testland');
    expect(page).toContain('Statistics Office of Testland');
    expect(page).toMatch(/<svg[^>]*role="img"/);
    expect(readFileSync(join(dist, 'indicators/3-2-1/index.html'), 'utf8')).toContain('Data for this indicator are not online yet: Statistics in progress.');
    expect(readFileSync(join(dist, 'downloads/indicator_3-1-1.csv'), 'utf8')).toBe(readFileSync('tests/fixtures/small-repo/data/indicator_3-1-1.csv', 'utf8'));
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('Open Government Licence');
  }, 180_000);
});
