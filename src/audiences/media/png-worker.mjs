// Worker thread: turns the poster SVG files it is sent into PNGs beside them. Plain JavaScript so that
// it runs in a worker without a TypeScript loader; the font options come from png.ts with each job.
// A poster that cannot be drawn is answered with its file and the reason, never a crash of the thread.
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

// Liberation Sans draws Latin, Greek and Cyrillic; anything else (Arabic) needs the wider font set.
const BEYOND = /[^\u0000-\u052F\u1E00-\u1FFF\u2000-\u214F\u2190-\u21FF]/;

parentPort?.on('message', ({ svg, png, width, font, wideFont }) => {
  try {
    const text = readFileSync(svg, 'utf8');
    const resvg = new Resvg(text, { fitTo: { mode: 'width', value: width }, font: BEYOND.test(text) ? wideFont : font });
    writeFileSync(png, resvg.render().asPng());
    parentPort?.postMessage({ done: svg });
  } catch (error) {
    parentPort?.postMessage({ failed: svg, reason: error instanceof Error ? error.message : String(error) });
  }
});
