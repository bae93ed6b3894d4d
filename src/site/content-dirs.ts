import { join, resolve } from 'node:path';

/**
 * Where editors' content is read from. `CONTENT_DIR` names a folder with `stories/` and `concepts/`. Without it,
 * `content/` is used; the stories there are written about the bundled UK data, so when `SDG_DATA_DIR` names
 * another repository only the compendium of concepts (which is general) is used and stories are left out.
 */
export function contentDirs(env: NodeJS.ProcessEnv = process.env): { concepts: string; stories?: string; note?: string } {
  const set = env['CONTENT_DIR'];
  if (set) return { concepts: resolve(set, 'concepts'), stories: resolve(set, 'stories') };
  const bundled = resolve(env['SDG_DATA_DIR'] ?? 'data/uk') === resolve('data/uk');
  if (bundled) return { concepts: resolve('content/concepts'), stories: resolve('content/stories') };
  return {
    concepts: resolve('content/concepts'),
    note: `Stories left out: ${join('content', 'stories')} is written for the bundled data; set CONTENT_DIR to a folder with your own stories/ and concepts/.`,
  };
}
