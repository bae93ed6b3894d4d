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

/** What the site says about itself; set per deployment through the environment. */
const bundled = resolve(process.env['SDG_DATA_DIR'] ?? 'data/uk') === resolve('data/uk');

export const siteConfig = {
  /** Shown in the header and page titles. */
  title: process.env['SITE_TITLE'] ?? 'UK Sustainable Development Goals data',
  /** The data licence line shown in every footer. */
  attribution:
    process.env['SDG_ATTRIBUTION'] ??
    (bundled ? 'Contains public sector information licensed under the Open Government Licence v3.0.' : 'see the data repository\'s licence.'),
  licenceUrl:
    process.env['SDG_LICENCE_URL'] ??
    (bundled ? 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' : undefined),
};
