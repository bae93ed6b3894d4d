/**
 * The organisations an indicator's figures come from, each named once. Metadata repeat a source per series
 * and spell it differently ("Office for National Statistics" and "Office for National Statistics (ONS)",
 * "Food & Rural Affairs" and "Food and Rural Affairs"), or put two in one field ("OHID; The University of
 * Manchester"): names are split on ";" and compared without a trailing abbreviation, case, "&" or spacing.
 * The fullest spelling met is kept (with its abbreviation), in order of first appearance.
 */
import type { Indicator } from '../schemas/model.ts';

const comparable = (name: string) =>
  name.replace(/\s*\([^()]*\)\s*$/, '').replace(/&/g, ' and ').replace(/[\s,.]+/g, ' ').trim().toLowerCase();

export function uniqueNames(names: readonly (string | undefined)[]): string[] {
  const kept = new Map<string, string>();
  for (const name of names.flatMap((n) => (n ?? '').split(';')).map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
    const key = comparable(name);
    const had = kept.get(key);
    if (had === undefined || name.length > had.length) kept.set(key, name);
  }
  return [...kept.values()];
}

/** The source organisations of an indicator, each once; empty when the metadata name none. */
export const sourceNames = (ind: Indicator): string[] => uniqueNames(ind.sources.map((s) => s.organisation));
