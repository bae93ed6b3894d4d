/** The pipeline's front door: a repository location and file access in, the site model and every problem out. */
import type { SiteModel } from '../schemas/model.ts';
import { buildModel } from './build-model.ts';
import type { ReadEffects } from './effects.ts';
import { ProblemList } from './problems.ts';
import { readRepository, type RepositoryLocation } from './read-repository.ts';

export function loadSite(at: RepositoryLocation, fx: ReadEffects): SiteModel {
  const problems = new ProblemList();
  return buildModel(readRepository(at, fx, problems), problems);
}

export type { RepositoryLocation, ReadEffects, SiteModel };
export { formatReport, formatProblem, sortProblems } from './problems.ts';
