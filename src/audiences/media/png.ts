/** SVG to PNG at build time with resvg (no browser), with the fonts the poster names. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const LIBERATION = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
];
// Debian's Liberation Sans where installed (the poster's text widths are set for it); otherwise the
// DejaVu Condensed faces that npm installs with the project, so a machine without fonts still draws text.
const DEJAVU = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf']
  .map((f) => join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', f));
const [FONT_FILES, FAMILY] = LIBERATION.every((f) => existsSync(f))
  ? [LIBERATION, 'Liberation Sans']
  : [DEJAVU.filter((f) => existsSync(f)), 'DejaVu Sans Condensed'];

export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: FONT_FILES.length > 0
      ? { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FAMILY }
      : { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}
