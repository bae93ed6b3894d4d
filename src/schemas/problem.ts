import { z } from 'zod';

/** One thing wrong (or suspicious) in the input, located precisely enough to fix. */
export const ProblemSchema = z.object({
  /**
   * `error` stops the build; `warning` is reported and the input is used as corrected (`--strict` makes it an
   * error); `info` says what the portal did in the NSO's place (a Python hook whose work is built in).
   */
  severity: z.enum(['error', 'warning', 'info']),
  /** Path of the file, relative to the data repository root (e.g. `data/indicator_1-2-1.csv`). */
  file: z.string(),
  /** 1-based line in that file; 1 for problems about the whole file. */
  line: z.number().int().positive(),
  /** What is wrong: the field or column, what was expected and what was received. */
  message: z.string(),
  /** How to fix it, in one sentence. */
  hint: z.string().optional(),
  /**
   * What kind of problem this is, the same for every occurrence (the message template's first words), so the
   * report can sum up 150 duplicate warnings in one line. Derived from the message when not given.
   */
  kind: z.string().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
export type Severity = Problem['severity'];
