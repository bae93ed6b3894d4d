/** The fonts resvg draws the chart PNGs with (src/build/indicator-files.ts), chosen so every machine has them. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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

// DejaVu Sans (from npm, so every machine has it) draws what Liberation Sans lacks: Arabic, and more Cyrillic.
const FALLBACK = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']
  .map((f) => join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', f)).filter((f) => existsSync(f));

/**
 * resvg's font options: the files above; resvg falls back from font to font glyph by glyph. System fonts are
 * not scanned: doing so for every image cost a second per poster. (Chinese posters need a CJK font added here.)
 */
export const PNG_FONT = FONT_FILES.length > 0
  ? { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FAMILY }
  : { loadSystemFonts: true };

/** The same with DejaVu Sans added, for posters with text beyond Latin, Greek and Cyrillic (Arabic); parsing it costs time, so only those get it. */
export const PNG_FONT_WIDE = FONT_FILES.length > 0
  ? { fontFiles: [...FONT_FILES, ...FALLBACK], loadSystemFonts: false, defaultFontFamily: FAMILY }
  : PNG_FONT;
