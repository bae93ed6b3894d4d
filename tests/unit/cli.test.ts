import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each test spawns tsx, which loads a repository from scratch (2–7 s alone, far more on a loaded machine): 120 s each.
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

describe('npm run validate', { timeout: 120_000 }, () => {
  it('prints every problem and exits 1 on errors (path argument)', () => {
    const run = tsx('scripts/validate.ts', ['tests/fixtures/broken-repo']);
    expect(run.stdout.trim()).toBe([
      BROKEN_REPORT,
      'Inputs:',
      '  InputCsvData data/*-*.csv: 2 indicators with data',
      '  InputYamlMdMeta meta/*-*.md: metadata for 2 indicators',
      '  InputYamlMeta meta/*-*.yml: no files',
      '  InputYamlMeta indicator-config/*-*.yml: no files',
      'Languages:',
      '  en: interface 100% its own; default language',
      'tests/fixtures/broken-repo: 2 indicators, not ready to build.',
    ].join('\n'));
    expect(run.status).toBe(1);
  });

  it('honours SDG_DATA_DIR and exits 0 when there are only warnings', () => {
    const run = tsx('scripts/validate.ts', [], { SDG_DATA_DIR: 'tests/fixtures/small-repo' });
    expect(run.stdout).toContain('0 errors, 0 warnings.');
    expect(run.status).toBe(0);
  });

  it('--strict counts every warning as an error, for an NSO\'s own data CI', () => {
    const lenient = tsx('scripts/validate.ts', ['tests/fixtures/national-repo']);
    expect(lenient.stdout).toContain('0 errors, 6 warnings.');
    expect(lenient.stdout).toContain('tests/fixtures/national-repo: 7 indicators (3 national, 1 standalone), ready to build.');
    expect(lenient.status).toBe(0);
    const strict = tsx('scripts/validate.ts', ['tests/fixtures/national-repo', '--strict']);
    expect(strict.stdout).toContain('tests/fixtures/national-repo/data/indicator_2-1-2-1.csv:1: error: The file has a header but no data rows; the indicator is shown as having no data yet.');
    expect(strict.stdout).toContain('6 errors, 0 warnings.');
    expect(strict.stdout).toContain('not ready (--strict counts warnings as errors).');
    expect(strict.status).toBe(1);
  });
});

describe('npm run build', { timeout: 120_000 }, () => {
  it('stops on bad data with the same report and leaves the previous site alone', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(dist, 'index.html'), 'previous site');
    const run = tsx('scripts/build.ts', [], { SDG_DATA_DIR: 'tests/fixtures/broken-repo', DIST_DIR: dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(BROKEN_REPORT);
    expect(run.stderr).toContain(`Build stopped: fix the errors above (${dist} was left as it was).`);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });
});
