/**
 * What a file is, by its extension: the Content-Type the server sends, and whether a compressed copy is worth
 * writing at build time (text formats; images, zips and Pagefind's own compressed chunks are not).
 */
const TYPES: Record<string, { type: string; compressible: boolean }> = {
  '.html': { type: 'text/html; charset=utf-8', compressible: true },
  '.css': { type: 'text/css; charset=utf-8', compressible: true },
  '.js': { type: 'text/javascript; charset=utf-8', compressible: true },
  '.mjs': { type: 'text/javascript; charset=utf-8', compressible: true },
  '.json': { type: 'application/json; charset=utf-8', compressible: true },
  '.map': { type: 'application/json; charset=utf-8', compressible: true },
  '.webmanifest': { type: 'application/manifest+json; charset=utf-8', compressible: true },
  '.svg': { type: 'image/svg+xml; charset=utf-8', compressible: true },
  '.xml': { type: 'application/xml; charset=utf-8', compressible: true },
  '.atom': { type: 'application/atom+xml; charset=utf-8', compressible: true },
  '.rss': { type: 'application/rss+xml; charset=utf-8', compressible: true },
  '.ics': { type: 'text/calendar; charset=utf-8', compressible: true },
  '.csv': { type: 'text/csv; charset=utf-8', compressible: true },
  '.txt': { type: 'text/plain; charset=utf-8', compressible: true },
  '.md': { type: 'text/markdown; charset=utf-8', compressible: true },
  '.yml': { type: 'text/yaml; charset=utf-8', compressible: true },
  '.yaml': { type: 'text/yaml; charset=utf-8', compressible: true },
  '.wasm': { type: 'application/wasm', compressible: true },
  '.png': { type: 'image/png', compressible: false },
  '.jpg': { type: 'image/jpeg', compressible: false },
  '.jpeg': { type: 'image/jpeg', compressible: false },
  '.webp': { type: 'image/webp', compressible: false },
  '.ico': { type: 'image/x-icon', compressible: false },
  '.woff2': { type: 'font/woff2', compressible: false },
  '.woff': { type: 'font/woff', compressible: false },
  '.ttf': { type: 'font/ttf', compressible: true },
  '.zip': { type: 'application/zip', compressible: false },
  '.xlsx': { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', compressible: false },
  '.pdf': { type: 'application/pdf', compressible: false },
};

const extensionOf = (path: string) => {
  const m = /\.[a-z0-9]+$/i.exec(path);
  return m ? m[0].toLowerCase() : '';
};

/** The Content-Type for a file path; anything unknown (Pagefind's chunks among them) is plain bytes. */
export function contentType(path: string): string {
  return TYPES[extensionOf(path)]?.type ?? 'application/octet-stream';
}

/** Whether a file is text worth a compressed copy. */
export function isCompressible(path: string): boolean {
  return TYPES[extensionOf(path)]?.compressible ?? false;
}
