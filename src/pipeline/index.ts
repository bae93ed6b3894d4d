/** The pipeline's front door: a repository location and file access in, the site model and every problem out. */
import type { SiteModel } from '../schemas/model.ts';
import { buildModel } from './build-model.ts';
import type { ReadEffects } from './effects.ts';
import { ProblemList } from './problems.ts';
import { readRepository, type Readers, type RepositoryLocation } from './read-repository.ts';

export async function loadSite(at: RepositoryLocation, fx: ReadEffects, readers?: Readers): Promise<SiteModel> {
  const problems = new ProblemList();
  return buildModel(await readRepository(at, fx, problems, readers), problems);
}

export type { RepositoryLocation, ReadEffects, SiteModel };
export { formatReport, formatProblem, sortProblems, strictly, summarizeProblems } from './problems.ts';
