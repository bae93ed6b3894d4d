/**
 * The editors' folders (content/stories, content/concepts) get the same confinement as the data repository
 * (issue 12): a link out of the folder, a link to nothing and a loop are refused, and nothing outside is read.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesWithin, refusedLinks } from '../../../src/site/node-files.ts';

const base = mkdtempSync(join(tmpdir(), 'content-links-'));
const stories = join(base, 'content/stories');
afterAll(() => rmSync(base, { recursive: true, force: true }));
mkdirSync(join(stories, 'fr'), { recursive: true });
mkdirSync(join(base, 'outside'));
writeFileSync(join(base, 'outside/secret.mdx'), 'SECRET');
writeFileSync(join(stories, 'own.mdx'), 'a story');
symlinkSync(join(base, 'outside/secret.mdx'), join(stories, 'leak.mdx'));
symlinkSync(join(stories, 'gone.mdx'), join(stories, 'dangling.mdx'));
symlinkSync('..', join(stories, 'fr/up'));
symlinkSync('loop-b.mdx', join(stories, 'loop-a.mdx'));
symlinkSync('loop-a.mdx', join(stories, 'loop-b.mdx'));

describe('links in the stories folder', () => {
  it('refuses each link out, to nothing or in a loop, by name', () => {
    const refused = refusedLinks(stories).map((e) => e.path.slice(stories.length + 1));
    expect(refused).toEqual(['dangling.mdx', 'fr/up', 'leak.mdx', 'loop-a.mdx', 'loop-b.mdx']);
  });

  it('never reads a file outside the folder through a link, and reads its own files', () => {
    const fx = filesWithin([stories]);
    expect(fx.read(join(stories, 'own.mdx'))).toBe('a story');
    expect(() => fx.read(join(stories, 'leak.mdx'))).toThrow(/leak\.mdx/);
  });
});
