/**
 * The portal's own configuration (`sdg-portal.yml` in the data repository, or the file `PORTAL_CONFIG` names):
 * what an Open SDG repository did in Python hooks, declared instead, and the language fallbacks.
 *
 * ```yaml
 * data:
 *   drop_columns: [Source details]          # columns removed from every indicator's data
 * metadata:
 *   set:                                    # fields set on every indicator's metadata
 *     national_geographical_coverage: meta.Казахстан
 * languages:
 *   fallback: { kk: [ru, en] }              # where a missing string is looked up next
 * sdmx:
 *   agency: ONS                             # who maintains the SDMX dataflows and structures
 * revisions:                                # where the repository has its own git history
 *   keep: 5                                 # revisions listed (and CSV versions kept) per indicator
 *   releases: 12                            # releases on the "What changed" page and in its feed
 * ```
 */
import { z } from 'zod';
import type { ReadEffects } from '../effects.ts';
import { parseYaml } from '../parse-yaml.ts';
import type { ProblemList } from '../problems.ts';
import { explainIssue, issuePath } from '../zod-issues.ts';

/** An SDMX id (agency ids may be dotted: `SDMX.ORG`). */
const SDMX_ID = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z][A-Za-z0-9_-]*)*$/;
const SDMX_CODE = /^[A-Za-z0-9_@$-]+$/;

export const PortalConfigSchema = z.object({
  data: z.object({
    /** Columns removed from every indicator's data before anything else reads it. */
    drop_columns: z.array(z.string()).default([]),
  }).strict().default({}),
  metadata: z.object({
    /** Fields set on every indicator's metadata (values may be translation keys). */
    set: z.record(z.union([z.string(), z.number(), z.boolean()])).default({}),
  }).strict().default({}),
  languages: z.object({
    /** Per language, the languages a missing interface string or title is looked up in next. */
    fallback: z.record(z.array(z.string())).default({}),
  }).strict().default({}),
  /** The SDMX downloads (`/downloads/<id>.sdmx.csv`, `/sdmx/`). */
  sdmx: z.object({
    /** The SDMX agency that maintains the dataflows and structures (e.g. the NSO's id at the SDMX registry); default: the DSD's agency, else `NSO`. */
    agency: z.string().regex(SDMX_ID, 'expected an SDMX id: letters, digits, _ and -, starting with a letter (e.g. ONS or KG_NSC)').optional(),
    /** The REF_AREA code written where a row has no area (national figures); default `_T`. */
    ref_area: z.string().regex(SDMX_CODE, 'expected an SDMX code: letters, digits, _, -, @ and $ (e.g. GB or 826)').optional(),
    /** The CSV mapping column names to SDMX concepts (`Text,Value`), relative to the repository root. */
    column_map: z.string().default('column_mapping.csv'),
    /** The CSV mapping values to SDMX codes (`Text,Dimension,Value`), relative to the repository root. */
    code_map: z.string().default('code_mapping.csv'),
    /** A DSD (SDMX-ML 2.1 structure file) the exported codes are checked against; default: the one an SDMX input reads with. */
    dsd: z.string().optional(),
  }).strict().default({}),
  revisions: z.object({
    /** Revisions listed on each indicator page, and earlier versions of its CSV offered for download. */
    keep: z.number().int().min(0).max(100).default(5),
    /** Releases (days the data changed) on the "What changed" page and in its feed. */
    releases: z.number().int().min(1).max(500).default(12),
  }).strict().default({}),
}).strict();
export type PortalConfig = z.infer<typeof PortalConfigSchema> & { file?: string };

export const PORTAL_CONFIG_FILE = 'sdg-portal.yml';

/** Reads the portal configuration: `override` (a path) if given, else `sdg-portal.yml` at the repository root, else defaults. */
export function readPortalConfig(root: string, fx: ReadEffects, override: string | undefined, problems: ProblemList): PortalConfig {
  const defaults = PortalConfigSchema.parse({});
  const path = override ?? (fx.list(root).includes(PORTAL_CONFIG_FILE) ? `${root}/${PORTAL_CONFIG_FILE}` : undefined);
  if (!path) return defaults;
  const file = override ?? PORTAL_CONFIG_FILE;
  let text: string;
  try {
    text = fx.read(path);
  } catch {
    problems.error(file, 1, `The portal configuration "${file}" cannot be read.`, 'Check the path in PORTAL_CONFIG.');
    return defaults;
  }
  const parsed = parseYaml(text, file, problems);
  const result = PortalConfigSchema.safeParse(parsed.data);
  if (result.success) return { ...result.data, file };
  for (const issue of result.error.issues) {
    const { message, hint } = explainIssue(issue, parsed.data);
    problems.error(file, parsed.lineAt(issuePath(issue)) ?? 1, message, hint);
  }
  return { ...defaults, file };
}
