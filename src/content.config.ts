/**
 * Astro content collections. Stories are MDX in `content/stories/` (see src/site/content-dirs.ts), checked by the
 * same schema the build script uses to report problems at file:line. Indicators do not come through a
 * collection: pages read them from the pipeline model (src/site/site-data.ts). Concepts are read by
 * src/site/editorial-data.ts, since indicator pages and feeds need them outside Astro's render step.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { StorySchema } from './schemas/story.ts';
import { contentDirs } from './site/content-dirs.ts';

// With no stories folder (another data repository), the pattern matches nothing.
const dirs = contentDirs();

const stories = defineCollection({
  loader: glob({ pattern: dirs.stories ? '**/*.mdx' : '__none__', base: dirs.stories ?? dirs.concepts }),
  schema: StorySchema,
});

export const collections = { stories };
