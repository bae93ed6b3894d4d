/**
 * Where the real national repositories are (Kazakhstan, Kyrgyzstan): `SDG_SHARED_DATASETS`, else
 * `../shared/datasets` beside the project, else the workplace's `/work/shared/datasets` (a clean clone in CI
 * may live elsewhere). They are data kept outside this repository, never bundled.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const candidates = [process.env['SDG_SHARED_DATASETS'], resolve('../shared/datasets'), '/work/shared/datasets'].filter((p): p is string => Boolean(p));

/** The datasets folder, or undefined where this machine has none (the tests that need it then say so and skip). */
export const SHARED_DATASETS: string | undefined = candidates.find((p) => existsSync(`${p}/kazakhstan`) && existsSync(`${p}/kyrgyzstan`));

export const dataset = (name: 'kazakhstan' | 'kyrgyzstan' | 'uk' | 'sdg-framework') => `${SHARED_DATASETS}/${name}`;

if (!SHARED_DATASETS) console.warn(`The real repositories are not on this machine (looked in ${candidates.join(', ')}); their tests are skipped.`);
