/**
 * The translations a repository's configuration names (`translations:`), read per language in order, later
 * sources winning: the UN framework titles (bundled; a git tag is never fetched), YAML and CSV files under
 * `translations/<lang>/` (the file name is the group), and an SDMX DSD's codelists.
 */
import Papa from 'papaparse';
import type { ConfiguredTranslation } from './config/data-config.ts';
import type { InputContext, LangTranslations } from './inputs/types.ts';
import { parseYaml } from './parse-yaml.ts';
import { addTranslationGroup } from './translations.ts';

export interface TranslationContext extends InputContext {
  /** The bundled UN framework titles: `<frameworkRoot>/<lang>/global_goals.yml`, ... */
  frameworkRoot: string;
  /** The languages to read. */
  languages: readonly string[];
}

/** A reader for one kind of translation source; returns what it adds, per language. */
export type TranslationReader = (entry: ConfiguredTranslation, ctx: TranslationContext) => LangTranslations;

function into(all: LangTranslations, lang: string): Map<string, string> {
  let m = all.get(lang);
  if (!m) all.set(lang, (m = new Map()));
  return m;
}

const framework: TranslationReader = (_entry, ctx) => {
  const out: LangTranslations = new Map();
  for (const lang of ctx.languages) {
    const dir = `${ctx.frameworkRoot}/${lang}`;
    for (const name of ctx.fx.list(dir).filter((n) => n.endsWith('.yml')).sort()) {
      const file = `${dir}/${name}`;
      addTranslationGroup(into(out, lang), name.slice(0, -4), parseYaml(ctx.fx.read(file), file, ctx.problems).data);
    }
  }
  return out;
};

function folderReader(ext: '.yml' | '.csv'): TranslationReader {
  return (entry, ctx) => {
    const out: LangTranslations = new Map();
    const source = (entry.source ?? 'translations').replace(/\/+$/, '');
    for (const lang of ctx.languages) {
      for (const name of ctx.fx.list(`${ctx.root}/${source}/${lang}`).filter((n) => n.endsWith(ext) || (ext === '.yml' && n.endsWith('.yaml'))).sort()) {
        const file = `${source}/${lang}/${name}`;
        const group = name.slice(0, name.lastIndexOf('.'));
        const text = ctx.fx.read(`${ctx.root}/${file}`);
        if (ext === '.yml') {
          const parsed = parseYaml(text, file, ctx.problems, {
            unreadable: { severity: 'warning', consequence: `its ${group}.* labels fall back to another language or to the key` },
          });
          addTranslationGroup(into(out, lang), group, parsed.data);
        } else {
          const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
          addTranslationGroup(into(out, lang), group, Object.fromEntries(rows.filter((r) => r.length >= 2).map((r) => [r[0]!, r[1]!])));
        }
      }
    }
    return out;
  };
}

export const TRANSLATION_READERS: Record<string, TranslationReader> = {
  TranslationInputSdgTranslations: framework,
  TranslationInputYaml: folderReader('.yml'),
  TranslationInputCsv: folderReader('.csv'),
};

/** Every configured source, merged per language in order; an unknown class is reported once by name. */
export function readTranslations(entries: readonly ConfiguredTranslation[], ctx: TranslationContext, readers = TRANSLATION_READERS): LangTranslations {
  const all: LangTranslations = new Map();
  for (const entry of entries) {
    const reader = readers[entry.className];
    if (!reader) {
      ctx.problems.warning(entry.where.file, entry.where.line, `Translation class "${entry.className}" is not supported; its labels are not read.`,
        `Supported: ${Object.keys(readers).join(', ')}.`);
      continue;
    }
    for (const [lang, entries] of reader(entry, ctx)) {
      const target = into(all, lang);
      for (const [k, v] of entries) target.set(k, v);
    }
  }
  return all;
}
