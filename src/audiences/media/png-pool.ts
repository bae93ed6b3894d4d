/**
 * PNG encoding is most of the chart images' build time and runs one image at a time inside Astro; done
 * after the build on every core, it takes a fraction of that. Each `<name>.svg` poster gets a
 * `<name>.png` of the same size beside it.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { existsSync, readdirSync } from 'node:fs';
import { PNG_FONT, PNG_FONT_WIDE } from './png-fonts.ts';
import { SIZES } from './poster.ts';
import { basename } from 'node:path';
import { formatProblem } from '../../pipeline/problems.ts';

/** Every poster SVG gets a PNG of the same size (social card and article). */
export function pngTargets(chartsDir: string): { svg: string; png: string; width: number }[] {
  if (!existsSync(chartsDir)) return [];
  return Object.values(SIZES).flatMap(({ width, height }) => {
    const suffix = `-${width}x${height}.svg`;
    return readdirSync(chartsDir)
      .filter((f) => f.endsWith(suffix))
      .map((f) => ({ svg: join(chartsDir, f), png: join(chartsDir, f.replace(/\.svg$/, '.png')), width }));
  });
}

/** A poster that could not be drawn: which file, and why (the build reports it and stops). */
export interface PngFailure { svg: string; reason: string }

/** Posters are named `<id>-<w>x<h>.svg`: a failure names the indicator and its metadata file. */
export function posterFailure(svg: string, reason: string): string {
  const id = basename(svg).replace(/-\d+x\d+\.svg$/, '');
  return formatProblem({
    severity: 'error', file: `downloads/charts/${basename(svg)}`, line: 1,
    message: `The chart image of indicator ${id.replace(/-/g, '.')} could not be drawn: ${reason}.`,
    hint: 'Check the text of its chart title, units and series in the metadata for unusual characters; report the problem if the title is plain.',
  });
}

export async function writePngs(chartsDirs: readonly string[]): Promise<{ written: number; failed: PngFailure[] }> {
  const jobs = chartsDirs.flatMap(pngTargets);
  const total = jobs.length;
  const failed: PngFailure[] = [];
  const workers = Array.from({ length: Math.min(availableParallelism(), jobs.length) }, () =>
    new Worker(new URL('./png-worker.mjs', import.meta.url)));
  await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
    const next = () => {
      const job = jobs.pop();
      if (!job) return void worker.terminate().then(() => resolve());
      worker.postMessage({ ...job, font: PNG_FONT, wideFont: PNG_FONT_WIDE });
    };
    worker.on('message', (m: { failed?: string; reason?: string }) => {
      if (m.failed) failed.push({ svg: m.failed, reason: m.reason ?? '' });
      next();
    });
    worker.on('error', reject);
    next();
  })));
  return { written: total - failed.length, failed };
}
