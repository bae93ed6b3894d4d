import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { ReadEffects } from '../pipeline/effects.ts';

/** The real file system, for the pipeline. */
export const nodeFiles: ReadEffects = {
  list: (dir) => (existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir) : []),
  read: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
};
