import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run build with a bad story (CONTENT_DIR)', { timeout: 120_000 }, () => {
  it('stops before Astro runs, naming the story, the line, the field and a fix', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'dist-')), 'site');
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'tests/fixtures/content-bad', DIST_DIR: dist },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'tests/fixtures/content-bad/stories/missing-indicator.mdx:15: error: <IndicatorChart> id: no indicator "7-2-2". Hint: Did you mean "1-2-2"?',
    );
    expect(run.stderr).toContain('5 errors, 0 warnings.');
    expect(run.stderr).toContain(`Build stopped: fix the stories or concepts above (${dist} was left as it was).`);
    expect(existsSync(dist)).toBe(false);
  });
});
