/**
 * `InputYamlMdMeta` (Markdown with YAML front matter, `meta/1-2-1.md`) and `InputYamlMeta` (plain YAML,
 * `meta/1-2-1.yml` or `indicator-config/1-2-1.yml`): one metadata record per file.
 */
import { isIndicatorId } from '../ids.ts';
import { parseYaml, splitFrontMatter } from '../parse-yaml.ts';
import { idFromPath, matchFiles } from './paths.ts';
import type { InputContext, InputReader, MetaRecord } from './types.ts';

function readOne(file: string, ctx: InputContext, markdown: boolean): MetaRecord | undefined {
  const text = ctx.fx.read(`${ctx.root}/${file}`);
  const { yaml, yamlLine, body, leadingBlankLines } = markdown
    ? splitFrontMatter(text)
    : { yaml: text, yamlLine: 1, body: '', leadingBlankLines: 0 };
  if (leadingBlankLines > 0) {
    ctx.problems.warning(file, 1, 'Blank lines come before the opening "---" of the front matter; skipped.',
      'Start the file with "---" on line 1.');
  }
  const parsed = parseYaml(yaml, file, ctx.problems, { firstLine: yamlLine });
  const id = idFromPath(file);
  // Open SDG's standalone pages (`standalone: true`) may have any name; every other file names its indicator.
  if (!isIndicatorId(id) && parsed.data['standalone'] !== true) {
    ctx.problems.warning(file, 1, `"${id}" is not an indicator id (goal-target-indicator such as 1-2-1, or a national id such as 2-1-2-1); the file is not read.`,
      'Rename it after the indicator it describes (dots become dashes: 1.2.1 → 1-2-1), or add "standalone: true" for a page outside the goals.');
    return undefined;
  }
  const where = Object.fromEntries(Object.entries(parsed.keyLines).map(([key, line]) => [key, { file, line }]));
  // Unreadable YAML is already reported; the indicator still counts as having metadata.
  return { id, file, data: parsed.data, where, body, ...(parsed.ok ? {} : { unreadable: true }) };
}

function metaReader(markdown: boolean, defaultPattern: string): InputReader {
  return async (options, ctx) => {
    const pattern = typeof options['path_pattern'] === 'string' ? options['path_pattern'] : defaultPattern;
    const meta = matchFiles(ctx, pattern).flatMap((file) => readOne(file, ctx, markdown) ?? []);
    return { data: [], meta };
  };
}

export const readYamlMdMeta = metaReader(true, 'meta/*-*.md');
export const readYamlMeta = metaReader(false, 'meta/*-*.yml');
