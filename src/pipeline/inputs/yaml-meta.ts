/**
 * `InputYamlMdMeta` (Markdown with YAML front matter, `meta/1-2-1.md`) and `InputYamlMeta` (plain YAML,
 * `meta/1-2-1.yml` or `indicator-config/1-2-1.yml`): one metadata record per file.
 */
import { isIndicatorId } from '../ids.ts';
import { splitFrontMatter } from '../parse-yaml.ts';
import { parseYamlOnce } from '../reading-cache.ts';
import { idFromPath, matchFiles } from './paths.ts';
import type { InputContext, InputReader, MetaRecord } from './types.ts';
import { append } from '../extent.ts';

/** A folder named like a language (`en`, `ru`, `zh-Hans`, `nb_NO`) beside the metadata holds its translations (sdg-build's InputMetaFiles). */
const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;

function readOne(file: string, ctx: InputContext, markdown: boolean, lang?: string): MetaRecord | undefined {
  const text = ctx.fx.read(`${ctx.root}/${file}`);
  const { yaml, yamlLine, body, leadingBlankLines } = markdown
    ? splitFrontMatter(text)
    : { yaml: text, yamlLine: 1, body: '', leadingBlankLines: 0 };
  if (leadingBlankLines > 0) {
    ctx.problems.warning(file, 1, 'Blank lines come before the opening "---" of the front matter; skipped.',
      'Start the file with "---" on line 1.');
  }
  const parsed = parseYamlOnce(yaml, file, ctx.problems, { firstLine: yamlLine });
  const id = idFromPath(file);
  // Open SDG's standalone pages (`standalone: true`) may have any name; every other file names its indicator.
  if (!isIndicatorId(id) && parsed.data['standalone'] !== true) {
    ctx.problems.warning(file, 1, `"${id}" is not an indicator id (goal-target-indicator such as 1-2-1, or a national id such as 2-1-2-1); the file is not read.`,
      'Rename it after the indicator it describes (dots become dashes: 1.2.1 → 1-2-1), or add "standalone: true" for a page outside the goals.');
    return undefined;
  }
  const where: MetaRecord['where'] = Object.fromEntries(Object.entries(parsed.keyLines).map(([key, line]) => [key, { file, line }]));
  // Entries of list fields (graph_limits, data_start_values, progress_calculation_options, …) keep their own lines,
  // as `field.index`, and so do the fields inside them (`progress_calculation_options.0.disaggregation.1.value`).
  const record = (path: (string | number)[], value: unknown, depth: number) => {
    const line = parsed.lineAt(path);
    if (line !== undefined) where[path.join('.')] = { file, line };
    if (depth === 0 || typeof value !== 'object' || value === null) return;
    for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) record([...path, k], v, depth - 1);
  };
  for (const [key, value] of Object.entries(parsed.data)) {
    if (Array.isArray(value)) value.forEach((entry, i) => record([key, i], entry, 4));
  }
  // Unreadable YAML is already reported; the indicator still counts as having metadata.
  return { id, file, data: parsed.data, where, body, ...(lang ? { lang } : {}), ...(parsed.ok ? {} : { unreadable: true }) };
}

function metaReader(markdown: boolean, defaultPattern: string): InputReader {
  return async (options, ctx) => {
    const pattern = typeof options['path_pattern'] === 'string' ? options['path_pattern'] : defaultPattern;
    const meta = matchFiles(ctx, pattern).flatMap((file) => readOne(file, ctx, markdown) ?? []);
    const slash = pattern.lastIndexOf('/');
    const dir = slash >= 0 ? pattern.slice(0, slash) : '';
    const name = pattern.slice(slash + 1);
    for (const lang of ctx.fx.list(dir ? `${ctx.root}/${dir}` : ctx.root).filter((n) => LANGUAGE_FOLDER.test(n)).sort()) {
      const inLang = dir ? `${dir}/${lang}/${name}` : `${lang}/${name}`;
      append(meta, matchFiles(ctx, inLang).flatMap((file) => readOne(file, ctx, markdown, lang) ?? []));
    }
    return { data: [], meta };
  };
}

export const readYamlMdMeta = metaReader(true, 'meta/*-*.md');
export const readYamlMeta = metaReader(false, 'meta/*-*.yml');
