import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a concept file name without .yml, e.g. median');

/** One entry of the compendium of statistical concepts (`content/concepts/<slug>.yml`). */
export const ConceptSchema = z.object({
  /** The term as it is usually written, e.g. `Median`. */
  term: z.string().min(1),
  /** Other ways the indicators write it (plural, abbreviation); used to find and link mentions. */
  aliases: z.array(z.string().min(2)).default([]),
  /** One or two sentences anyone can read (Markdown). Shown in tooltips, so keep it short. */
  plain: z.string().min(1),
  /** The precise definition statisticians use (Markdown). */
  technical: z.string().min(1),
  /** Where the definition comes from: a name, and a link where there is one. */
  source: z.object({ name: z.string().min(1), url: z.string().url().optional() }).strict(),
  /** Other concepts to read next, by file name. */
  related: z.array(slug).default([]),
}).strict();
export type ConceptInput = z.infer<typeof ConceptSchema>;
