/** What the audience views say about the site, set per deployment through the environment. */
import { siteConfig } from '../site/config.ts';
import { siteUrlFrom } from '../site/site-url.ts';

export const audienceConfig = {
  /** The address the site is published at, for permalinks and citations (no trailing slash). */
  siteUrl: siteUrlFrom(process.env),
  /** The press contact line on media pages. */
  pressContact:
    process.env['PRESS_CONTACT'] ||
    'For press enquiries, contact the press office of the organisation that publishes these statistics (see the sources below).',
  get siteTitle(): string {
    return siteConfig.title;
  },
  licence: siteConfig.attribution,
  licenceUrl: siteConfig.licenceUrl,
};
