/**
 * Every file the site publishes per indicator and language, other than pages: what each is and how it is made,
 * in one list. The build makes them in worker threads beside Astro's page rendering (src/build/file-writer.ts)
 * and keeps them in the build cache; `npm run dev` serves the same functions through one Astro route
 * (src/pages/[...lang]/downloads/[...file].ts). A feature that adds a file per indicator (an SDMX export, the
 * explorer's data) adds a kind here and gets workers, caching and the profile with it.
 *
 * Each kind runs in the language being rendered (`t()`, `localize()` answer in it); paths are below that
 * language's root (`downloads/1-2-1.json` is `/fr/downloads/1-2-1.json` in French).
 */
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { chartPoster } from '../audiences/media/chart-image.ts';
import { PNG_FONT, PNG_FONT_WIDE } from '../audiences/media/png-fonts.ts';
import { SIZES } from '../audiences/media/poster.ts';
import { publishedAsCsv } from '../audiences/researchers/links.ts';
import { metadataCsv, metadataJson } from '../audiences/researchers/metadata-export.ts';
import { tidyTable, toCsv } from '../audiences/researchers/tidy.ts';
import type { Indicator } from '../schemas/model.ts';
import { repositoryFromEnv } from '../site/config.ts';
import { indicatorJson } from '../site/indicator-json.ts';
import { repositoryFiles } from '../site/node-files.ts';
import { hasData } from '../site/site-data.ts';
import { threadSeconds } from './profile.ts';

export interface IndicatorFile {
  /** Below the language's root, without a leading slash: `downloads/charts/1-2-1-800x600.svg`. */
  path: string;
  bytes: string | Uint8Array;
}

export interface FileContext {
  /** True in the site's default language: files that are the same bytes in every language are written then only. */
  defaultLanguage: boolean;
  /** The files the kinds before this one made for the same indicator (a PNG is drawn from its SVG). */
  earlier: readonly IndicatorFile[];
}

/** Files made for all.zip only, below each language's root while the build runs; never published. */
export const ARCHIVE_ONLY = '.archive-only';

/** Where an indicator's tidy CSV is made: a download where it is the only CSV, else for the archive only. */
export const tidyCsvPath = (ind: Indicator) => (publishedAsCsv(ind) ? `${ARCHIVE_ONLY}/tidy/${ind.id}-tidy.csv` : `downloads/${ind.id}-tidy.csv`);

export interface IndicatorFileKind {
  /** What the build profile calls it. */
  name: string;
  files(ind: Indicator, ctx: FileContext): IndicatorFile[] | Promise<IndicatorFile[]>;
}

const poster = (size: { width: number; height: number }) => (ind: Indicator): IndicatorFile[] => {
  const svg = hasData(ind) ? chartPoster(ind, size) : null;
  return svg ? [{ path: `downloads/charts/${ind.id}-${size.width}x${size.height}.svg`, bytes: svg }] : [];
};

// Liberation Sans draws Latin, Greek and Cyrillic; anything else (Arabic) needs the wider font set.
const BEYOND = /[^\u0000-\u052F\u1E00-\u1FFF\u2000-\u214F\u2190-\u21FF]/;

// libvips works on the thread that calls it, one image at a time: the build's worker threads are the parallelism.
sharp.concurrency(1);
sharp.cache(false);

/** True when every pixel of an RGBA buffer is opaque. */
function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * The PNG of a poster SVG, the same size. resvg draws it; libvips (sharp) writes the PNG: posters are opaque, so
 * the alpha channel goes, and a fixed filter with zlib level 6 makes a file a quarter smaller in half the time of
 * resvg's own encoder (measured on the UK posters). Lossless: the same pixels. Throws with resvg's reason when it
 * cannot be drawn.
 */
export async function posterPng(svg: string, width: number): Promise<Uint8Array> {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: BEYOND.test(svg) ? PNG_FONT_WIDE : PNG_FONT }).render();
  const pixels = image.pixels;
  const raw = sharp(pixels, { raw: { width: image.width, height: image.height, channels: 4 } });
  const png = await (isOpaque(pixels) ? raw.removeAlpha() : raw).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

export const INDICATOR_FILES: readonly IndicatorFileKind[] = [
  {
    name: 'CSV as published',
    files: (ind, { defaultLanguage }) => {
      if (!defaultLanguage || !ind.data || !publishedAsCsv(ind)) return [];
      const at = repositoryFromEnv();
      return [{ path: `downloads/indicator_${ind.id}.csv`, bytes: repositoryFiles(at).readBytes(join(at.root, ind.data.file)) }];
    },
  },
  { name: 'JSON', files: (ind) => [{ path: `downloads/${ind.id}.json`, bytes: JSON.stringify(indicatorJson(ind)) }] },
  {
    // The site serves the tidy CSV only where no CSV was published (SDMX input): elsewhere it is in all.zip.
    name: 'tidy CSV',
    files: (ind) => (ind.data ? [{ path: tidyCsvPath(ind), bytes: toCsv(tidyTable(ind)) }] : []),
  },
  {
    name: 'metadata',
    files: (ind) => [
      { path: `downloads/${ind.id}-metadata.json`, bytes: JSON.stringify(metadataJson(ind)) },
      { path: `downloads/${ind.id}-metadata.csv`, bytes: metadataCsv(ind) },
    ],
  },
  { name: 'poster SVGs', files: (ind) => [...poster(SIZES.social)(ind), ...poster(SIZES.article)(ind)] },
  {
    name: 'poster PNGs',
    files: (_ind, { earlier }) => Promise.all(earlier.filter((f) => f.path.startsWith('downloads/charts/') && f.path.endsWith('.svg')).map(async (f) => {
      const width = Number(/-(\d+)x\d+\.svg$/.exec(f.path)![1]);
      try {
        return { path: f.path.replace(/\.svg$/, '.png'), bytes: await posterPng(String(f.bytes), width) };
      } catch (error) {
        throw new PosterError(f.path, error instanceof Error ? error.message : String(error));
      }
    })),
  },
];

/** A poster resvg could not draw: the build names the file and stops (see posterFailure). */
export class PosterError extends Error {
  constructor(readonly svg: string, readonly reason: string) {
    super(`${svg}: ${reason}`);
  }
}

/** Every name a file of an indicator may have (the dev server's routes; a kind may make fewer). */
export function candidatePaths(ind: Indicator): string[] {
  const posters = Object.values(SIZES).flatMap(({ width, height }) => ['svg', 'png'].map((f) => `downloads/charts/${ind.id}-${width}x${height}.${f}`));
  return [`downloads/indicator_${ind.id}.csv`, `downloads/${ind.id}.json`, `downloads/${ind.id}-tidy.csv`, `downloads/${ind.id}-metadata.json`, `downloads/${ind.id}-metadata.csv`, ...posters];
}

/**
 * Every file of an indicator in the current language, kind by kind; `time` hears how long each kind took: the
 * thread's CPU time, plus, for a kind that waits for libvips (which encodes the PNGs outside JavaScript), the time
 * it waited.
 */
export async function indicatorFiles(ind: Indicator, defaultLanguage: boolean, time?: (kind: string, seconds: number) => void): Promise<IndicatorFile[]> {
  const made: IndicatorFile[] = [];
  for (const kind of INDICATOR_FILES) {
    const started = threadSeconds();
    const files = kind.files(ind, { defaultLanguage, earlier: made });
    let waited = 0;
    if (files instanceof Promise) {
      const from = performance.now();
      made.push(...(await files));
      waited = (performance.now() - from) / 1000;
    } else made.push(...files);
    time?.(kind.name, threadSeconds() - started + waited);
  }
  return made;
}
