/**
 * How wide poster text is drawn, and where to break it. The PNGs are drawn with Liberation Sans, which has
 * Arial's (and so Helvetica's) advance widths: the table below is those widths for printable ASCII, in
 * thousandths of an em. Other Latin letters take the width of their base letter; other scripts an estimate
 * on the wide side, so a line is never longer than its box. Text is broken between words, and a word longer
 * than a line (a URL, or Chinese, which has no spaces) between characters; nothing is ever cut off.
 */

// Code points 32–126 (space to tilde).
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
  611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Wide punctuation outside ASCII that posters use. */
const SPECIAL: Record<string, number> = { '–': 556, '—': 1000, '…': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '£': 556, '€': 556, '·': 278, '×': 584, '\u00a0': 278, '\u202f': 278 };
/** Characters with no space around them in their language: a line may break between any two. */
const IDEOGRAPHIC = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u;
/** Latin, Greek and Cyrillic letters beyond ASCII, and other scripts (Arabic in DejaVu Sans), drawn no wider than this. */
const OTHER = 640;
const WIDE = 1000;

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32]!;
  if (ch in SPECIAL) return SPECIAL[ch]! * (bold ? 1.05 : 1);
  if (/\p{M}/u.test(ch)) return 0;
  if (IDEOGRAPHIC.test(ch)) return WIDE;
  const base = ch.normalize('NFD')[0]!;
  const b = base.codePointAt(0)!;
  if (b >= 32 && b <= 126) return (bold ? BOLD : REGULAR)[b - 32]!;
  return OTHER * (bold ? 1.08 : 1);
}

/** The drawn width of `text` in pixels at `size` pixels, regular or bold. */
export function textWidth(text: string, size: number, bold = false): number {
  let sum = 0;
  for (const ch of text) sum += charWidth(ch, bold);
  return (sum * size) / 1000;
}

/** Splits a word too long for a line into pieces that fit, between characters. */
function breakWord(word: string, maxWidth: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, size, bold) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Words, with each ideograph a word of its own (joined back without a space). */
function tokens(text: string): { word: string; space: boolean }[] {
  return text.split(/\s+/).filter(Boolean).flatMap((word) =>
    IDEOGRAPHIC.test(word)
      ? [...word.matchAll(/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[^\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+/gu)]
          .map((m, i) => ({ word: m[0], space: i === 0 }))
      : [{ word, space: true }]);
}

/** Greedy line breaking to a width in pixels; every character of the text is kept, on as many lines as it takes. */
export function wrapToWidth(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { word, space } of tokens(text)) {
    const joined = line ? `${line}${space ? ' ' : ''}${word}` : word;
    if (textWidth(joined, size, bold) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces = textWidth(word, size, bold) > maxWidth ? breakWord(word, maxWidth, size, bold) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line) lines.push(line);
  return lines;
}
