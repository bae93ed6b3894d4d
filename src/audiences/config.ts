/** What the audience views say about the site, set per deployment through the environment. */
import { t } from '../i18n/index.ts';
import { siteConfig } from '../site/config.ts';
import { siteUrlFrom } from '../site/site-url.ts';

export const audienceConfig = {
  /** The address the site is published at, for permalinks and citations (no trailing slash). */
  siteUrl: siteUrlFrom(process.env),
  /** The press contact line on media pages. */
  get pressContact(): string {
    return process.env['PRESS_CONTACT'] || t('site.defaultPressContact');
  },
  get siteTitle(): string {
    return siteConfig.title;
  },
  get licence(): string {
    return siteConfig.attribution;
  },
  licenceUrl: siteConfig.licenceUrl,
};
