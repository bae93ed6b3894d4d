import { z } from 'zod';

/** Who a story is written for; the stories index can say so. */
export const AUDIENCES = ['public', 'media', 'students', 'researchers', 'policymakers'] as const;

/** The front matter of a data story (`content/stories/<slug>.mdx`). */
export const StorySchema = z.object({
  /** The headline of the story, as it appears on its page and in feeds. */
  title: z.string().min(1),
  /** One or two sentences shown in the stories index and feeds. */
  summary: z.string().min(1),
  /** Publication date, `YYYY-MM-DD`. */
  date: z.coerce.date(),
  /** Who wrote it: at least one name. */
  authors: z.array(z.string().min(1)).min(1),
  /** The goals it is about, by number (`7`, not `Goal 7`). */
  goals: z.array(z.coerce.string().regex(/^(?:[1-9]|1[0-7])$/, 'a goal number from 1 to 17')).min(1),
  /** The indicators it is about, by id (`7-2-1`). */
  indicators: z.array(z.string().regex(/^\d+-[\da-z]+-[\da-z]+(?:-[\da-z]+)*$/, 'an indicator id such as 7-2-1')).min(1),
  /** Who it is for. */
  audience: z.array(z.enum(AUDIENCES)).min(1),
  /**
   * The language the story is written in, e.g. `fr`. By default the folder's (`content/stories/fr/…`), else the
   * site's default language. A story is listed in its own language; others say it exists in that language.
   */
  lang: z.string().regex(/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/, 'a language code such as fr or zh-Hans').optional(),
  /** An optional picture; `alt` is required with it (say what it shows, or "" if purely decorative). */
  image: z.object({ src: z.string().min(1), alt: z.string() }).strict().optional(),
}).strict();
export type Story = z.infer<typeof StorySchema>;
