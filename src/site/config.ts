import { resolve } from 'node:path';
import type { RepositoryLocation } from '../pipeline/index.ts';
import { t } from '../i18n/index.ts';

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/**
 * Where the data come from: `SDG_DATA_DIR` (default: the bundled UK data), `SDG_FRAMEWORK_DIR`; the languages
 * from `SDG_LANGUAGES` (or `SDG_LANG` for one), else the repository's configuration; `SDG_DATA_CONFIG`,
 * `PORTAL_CONFIG` and `SDG_SITE_DIR` as the README describes.
 */
export function repositoryFromEnv(env: NodeJS.ProcessEnv = process.env, dataDirArg?: string): RepositoryLocation {
  const languages = list(env['SDG_LANGUAGES']) ?? list(env['SDG_LANG']);
  return {
    root: resolve(dataDirArg ?? env['SDG_DATA_DIR'] ?? 'data/uk'),
    frameworkRoot: resolve(env['SDG_FRAMEWORK_DIR'] ?? 'data/sdg-framework'),
    fieldLabelsRoot: resolve('data/metadata-fields'),
    ...(languages ? { languages } : {}),
    ...(env['SDG_DATA_CONFIG'] ? { configFile: env['SDG_DATA_CONFIG'] } : {}),
    ...(env['PORTAL_CONFIG'] ? { portalConfig: resolve(env['PORTAL_CONFIG']) } : {}),
    ...(env['SDG_SITE_DIR'] ? { siteDir: resolve(env['SDG_SITE_DIR']) } : {}),
  };
}

/** What the site says about itself; set per deployment through the environment. */
const bundled = resolve(process.env['SDG_DATA_DIR'] ?? 'data/uk') === resolve('data/uk');

const SITE = Symbol.for('sdg-portal.site');

/** The attribution statement the bundled UK data's licence asks for, kept word for word (in English). */
const OGL_ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';

export const siteConfig = {
  /** Shown in the header and page titles: SITE_TITLE, else the Open SDG site repository's title, else a default in the page's language. */
  get title(): string {
    const fromSiteRepo = (globalThis as unknown as Record<symbol, { site?: { siteTitle?: string } } | undefined>)[SITE]?.site?.siteTitle;
    return process.env['SITE_TITLE'] ?? fromSiteRepo ?? t(bundled ? 'site.defaultTitleUk' : 'site.defaultTitle');
  },
  /** The data licence line shown in every footer: SDG_ATTRIBUTION, else the bundled data's statement, else a pointer to the repository's licence. */
  get attribution(): string {
    return process.env['SDG_ATTRIBUTION'] ?? (bundled ? OGL_ATTRIBUTION : t('site.defaultAttribution'));
  },
  /** The language the attribution is written in, where it is not the page's: the OGL statement is English. */
  get attributionLang(): string | undefined {
    return !process.env['SDG_ATTRIBUTION'] && bundled ? 'en' : undefined;
  },
  licenceUrl:
    process.env['SDG_LICENCE_URL'] ??
    (bundled ? 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' : undefined),
};
