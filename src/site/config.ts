import { resolve } from 'node:path';
import type { RepositoryLocation } from '../pipeline/index.ts';

/** Where the data come from: `SDG_DATA_DIR` (default: the bundled UK data), `SDG_FRAMEWORK_DIR`, `SDG_LANG`. */
export function repositoryFromEnv(env: NodeJS.ProcessEnv = process.env, dataDirArg?: string): RepositoryLocation {
  return {
    root: resolve(dataDirArg ?? env['SDG_DATA_DIR'] ?? 'data/uk'),
    frameworkRoot: resolve(env['SDG_FRAMEWORK_DIR'] ?? 'data/sdg-framework'),
    lang: env['SDG_LANG'] ?? 'en',
  };
}
