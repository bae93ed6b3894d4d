import { relative } from 'node:path';
import { formatReport } from '../pipeline/index.ts';
import type { SiteModel } from '../pipeline/index.ts';

/** The validation report as printed by `npm run validate` and `npm run build`, with paths as the user typed them. */
export function reportFor(site: SiteModel, root: string): { text: string; errors: number; warnings: number } {
  const shown = relative(process.cwd(), root) || '.';
  const errors = site.problems.filter((p) => p.severity === 'error').length;
  return {
    text: formatReport(site.problems, shown.startsWith('..') ? root : shown),
    errors,
    warnings: site.problems.length - errors,
  };
}
