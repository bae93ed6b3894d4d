/**
 * Every interface language is complete: every key of `en`, nothing left in English unless the allowlist says
 * why, the same placeholders as the English, every plural category the language has, and templates that the
 * formatter fills completely. Failure messages name the language and the keys.
 */
import { describe, expect, it } from 'vitest';
import { en, type UiKey } from '../../../src/i18n/en.ts';
import { CATALOG, UI_LANGUAGES, type UiLanguage } from '../../../src/i18n/catalog.ts';
import { formatMessage, type MessageVars } from '../../../src/i18n/format-message.ts';
import { ALLOWLIST } from './allowlist.ts';

const KEYS = Object.keys(en) as UiKey[];
const LANGUAGES = UI_LANGUAGES.filter((lang): lang is Exclude<UiLanguage, 'en'> => lang !== 'en');

interface Parsed {
  /** Every argument name, at any depth (`{total}` inside a plural branch included). */
  names: Set<string>;
  /** Names used as `number` or `plural` (sample values for them are numbers). */
  numeric: Set<string>;
  plurals: { name: string; branches: Set<string> }[];
  errors: string[];
}

/** Index of the brace closing the one at `open`, or -1 (as format-message.ts counts them). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Reads a template the way format-message.ts does, and says what it would silently get wrong. */
function parse(template: string, out: Parsed = { names: new Set(), numeric: new Set(), plurals: [], errors: [] }): Parsed {
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    const stray = template.slice(i, open < 0 ? undefined : open).indexOf('}');
    if (stray >= 0) out.errors.push(`a "}" with no "{" at ${i + stray}`);
    if (open < 0) break;
    const close = closing(template, open);
    if (close < 0) {
      out.errors.push(`the "{" at ${open} is never closed`);
      break;
    }
    argument(template.slice(open + 1, close), out);
    i = close + 1;
  }
  return out;
}

function argument(inner: string, out: Parsed): void {
  const comma = inner.indexOf(',');
  const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  if (!/^[A-Za-z_][\w-]*$/.test(name)) {
    out.errors.push(`"{${inner}}" is not an argument`);
    return;
  }
  out.names.add(name);
  if (comma < 0) return;
  const rest = inner.slice(comma + 1);
  const typeEnd = rest.indexOf(',');
  const type = (typeEnd < 0 ? rest : rest.slice(0, typeEnd)).trim();
  if (type === 'number' && typeEnd < 0) {
    out.numeric.add(name);
    return;
  }
  if ((type !== 'plural' && type !== 'select') || typeEnd < 0) {
    out.errors.push(`"{${name}, ${type}…}" is not number, plural or select`);
    return;
  }
  if (type === 'plural') out.numeric.add(name);
  const body = rest.slice(typeEnd + 1);
  const branches = new Set<string>();
  let j = 0;
  while (j < body.length) {
    const m = /^\s*(=?[\w-]+)\s*\{/.exec(body.slice(j));
    if (!m) break;
    const open = j + m[0].length - 1;
    const close = closing(body, open);
    if (close < 0) break;
    branches.add(m[1]!);
    parse(body.slice(open + 1, close), out);
    j = close + 1;
  }
  if (body.slice(j).trim() !== '') out.errors.push(`"{${name}, ${type}}" has text outside its branches: "${body.slice(j).trim()}"`);
  if (!branches.has('other')) out.errors.push(`"{${name}, ${type}}" has no "other" branch`);
  if (type === 'plural') out.plurals.push({ name, branches });
}

const english = new Map(KEYS.map((key) => [key, parse(en[key])]));

/** Sample values: numbers for what either template counts, a word for the rest. */
function samples(names: Set<string>, numeric: Set<string>, n: number): MessageVars {
  return Object.fromEntries([...names].map((name) => [name, numeric.has(name) ? n : 'X']));
}

const report = (lang: string, what: string, problems: string[]) =>
  `${lang}: ${problems.length} ${problems.length === 1 ? 'key' : 'keys'} ${what}:\n  ${problems.join('\n  ')}`;

it('the English templates themselves parse', () => {
  const problems = KEYS.flatMap((key) => english.get(key)!.errors.map((e) => `${key}: ${e}`));
  expect(problems, report('en', 'do not parse', problems)).toEqual([]);
});

describe.each(LANGUAGES)('interface strings in %s', (lang) => {
  const strings: Partial<Record<string, string>> = CATALOG[lang] ?? {};
  const present = KEYS.filter((key) => typeof strings[key] === 'string');

  it('has every key of en, and no other', () => {
    const missing = KEYS.filter((key) => typeof strings[key] !== 'string');
    expect(missing, report(lang, 'missing', missing)).toEqual([]);
    const extra = Object.keys(strings).filter((key) => !(key in en));
    expect(extra, report(lang, 'not in en', extra)).toEqual([]);
  });

  it('leaves nothing in English that the allowlist does not explain', () => {
    const allowed = ALLOWLIST[lang];
    const identical = present.filter((key) => strings[key] === en[key] && !allowed[key]?.trim());
    expect(identical, report(lang, 'identical to the English and not in tests/unit/i18n/allowlist.ts', identical)).toEqual([]);
    const stale = (Object.keys(allowed) as UiKey[]).filter((key) => !(key in en) || strings[key] !== en[key]);
    expect(stale, report(lang, 'in the allowlist but no longer identical to the English (remove them)', stale)).toEqual([]);
  });

  it('keeps the placeholders of the English', () => {
    const problems = present.flatMap((key) => {
      const want = [...english.get(key)!.names].sort();
      const got = [...parse(strings[key]!).names].sort();
      return want.join() === got.join() ? [] : [`${key}: {${got.join('}, {')}} instead of {${want.join('}, {')}}`];
    });
    expect(problems, report(lang, 'with other placeholders than the English', problems)).toEqual([]);
  });

  it('gives every plural the categories the language has', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const problems = present.flatMap((key) =>
      parse(strings[key]!).plurals.flatMap(({ name, branches }) => {
        // `=0` is the same as `zero` where zero means exactly 0 (Arabic).
        const missing = categories.filter((c) => !branches.has(c) && !(c === 'zero' && branches.has('=0')));
        return missing.length ? [`${key}: {${name}, plural} lacks ${missing.join(', ')}`] : [];
      }));
    expect(problems, report(lang, 'with plural categories missing', problems)).toEqual([]);
  });

  it('parses, and fills every placeholder with sample values', () => {
    const problems = present.flatMap((key) => {
      const parsed = parse(strings[key]!);
      if (parsed.errors.length) return [`${key}: ${parsed.errors.join('; ')}`];
      const numeric = new Set([...english.get(key)!.numeric, ...parsed.numeric]);
      for (const n of [0, 1, 2, 5, 21, 1.5, 1_000_000]) {
        const text = formatMessage(strings[key]!, samples(parsed.names, numeric, n), lang);
        if (/[{}]/.test(text)) return [`${key}: "${text}" (n = ${n})`];
      }
      return [];
    });
    expect(problems, report(lang, 'failing to parse or leaving braces', problems)).toEqual([]);
  });
});
