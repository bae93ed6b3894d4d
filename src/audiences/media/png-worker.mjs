// Worker thread: turns the poster SVG files it is sent into PNGs beside them. Plain JavaScript so that
// it runs in a worker without a TypeScript loader; the font options come from png.ts with each job.
// A poster that cannot be drawn is answered with its file and the reason, never a crash of the thread.
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

parentPort?.on('message', ({ svg, png, width, font }) => {
  try {
    const resvg = new Resvg(readFileSync(svg, 'utf8'), { fitTo: { mode: 'width', value: width }, font });
    writeFileSync(png, resvg.render().asPng());
    parentPort?.postMessage({ done: svg });
  } catch (error) {
    parentPort?.postMessage({ failed: svg, reason: error instanceof Error ? error.message : String(error) });
  }
});
