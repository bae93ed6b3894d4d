/**
 * A small subset of ICU MessageFormat, enough for an interface in many languages:
 *   `{name}`                         the value as given (years and codes stay as written)
 *   `{name, number}`                 a number in the language's format (1 234,5 in French)
 *   `{n, plural, one {# item} other {# items}}`   plural categories from Intl.PluralRules; `=0` exact matches; `#` is n formatted
 *   `{kind, select, line {…} other {…}}`          a branch by value
 * Translators write the forms their language needs (Russian: one, few, many, other).
 */
export type MessageVars = Record<string, string | number>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormat = (lang: string) => numberFormats.get(lang) ?? numberFormats.set(lang, new Intl.NumberFormat(lang)).get(lang)!;
const plurals = (lang: string) => pluralRules.get(lang) ?? pluralRules.set(lang, new Intl.PluralRules(lang)).get(lang)!;

/** Index of the brace closing the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` → { one: '…', other: '…' }. */
function branches(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < text.length) {
    const m = /^\s*(=?[\w-]+)\s*\{/.exec(text.slice(i));
    if (!m) break;
    const open = i + m[0].length - 1;
    const close = closing(text, open);
    if (close < 0) break;
    out[m[1]!] = text.slice(open + 1, close);
    i = close + 1;
  }
  return out;
}

function argument(inner: string, vars: MessageVars, lang: string, whole: string): string {
  const [name = '', type, ...rest] = inner.split(',');
  const key = name.trim();
  if (!(key in vars)) return whole;
  const value = vars[key]!;
  const kind = type?.trim();
  if (kind === undefined) return String(value);
  if (kind === 'number') return typeof value === 'number' ? numberFormat(lang).format(value) : String(value);
  const options = branches(rest.join(','));
  if (kind === 'plural') {
    const n = Number(value);
    const branch = options[`=${n}`] ?? options[plurals(lang).select(n)] ?? options['other'] ?? '';
    return formatMessage(branch.replace(/#/g, numberFormat(lang).format(n)), vars, lang);
  }
  if (kind === 'select') return formatMessage(options[String(value)] ?? options['other'] ?? '', vars, lang);
  return whole;
}

export function formatMessage(template: string, vars: MessageVars, lang: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = closing(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const whole = template.slice(open, close + 1);
    out += argument(template.slice(open + 1, close), vars, lang, whole);
    i = close + 1;
  }
  return out + template.slice(i);
}
