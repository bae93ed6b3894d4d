/**
 * How a page looks when its link is shared (Open Graph and Twitter cards): a title, a description (the
 * generated sentence where an indicator has one) and, where there is one, the 1200×675 chart image as an
 * absolute address on SITE_URL.
 */
import { chartImages } from '../audiences/media/images.ts';
import { citizenSentence } from '../audiences/citizens/summary.ts';
import { t } from '../i18n/index.ts';
import type { Indicator } from '../schemas/model.ts';
import type { Story } from '../schemas/story.ts';
import { headlineChart } from './headline-chart.ts';

export interface ShareImage {
  /** Absolute address. */
  url: string;
  /** What it shows; empty where it shows nothing a reader needs. */
  alt: string;
  width?: number;
  height?: number;
}

export interface ShareCard {
  title: string;
  description: string;
  type: 'website' | 'article';
  image?: ShareImage;
}

/** An address on the site, absolute; one already absolute is kept. */
export const absoluteUrl = (href: string, siteUrl: string): string => new URL(href, `${siteUrl}/`).href;

/** The generated sentence, where the data could be summed up in one. */
function sentenceOf(ind: Indicator): string | undefined {
  const sentence = citizenSentence(ind);
  return sentence && sentence.kind !== 'fallback' ? sentence.text : undefined;
}

/** The social-card chart image of an indicator (the PNG the build draws), where it has one. */
function chartImage(ind: Indicator, siteUrl: string): ShareImage | undefined {
  const png = chartImages(ind).find((i) => i.use === 'social' && i.format === 'png');
  const chart = png && headlineChart(ind);
  if (!png || !chart) return undefined;
  const alt = t('audiences.media.chartAlt', { title: chart.title, description: sentenceOf(ind) ?? '' }).trim();
  return { url: absoluteUrl(png.href, siteUrl), alt, width: png.size.width, height: png.size.height };
}

export function indicatorShareCard(ind: Indicator, siteUrl: string): ShareCard {
  const image = chartImage(ind, siteUrl);
  return {
    title: `${ind.number} ${ind.nationalTitle ?? ind.globalTitle}`,
    description: sentenceOf(ind) ?? ind.globalTitle,
    type: 'website',
    ...(image ? { image } : {}),
  };
}

/** The chart image of the first of these indicators that has one. */
function firstChartImage(indicators: readonly Indicator[], siteUrl: string): ShareImage | undefined {
  for (const ind of indicators) {
    const image = chartImage(ind, siteUrl);
    if (image) return image;
  }
  return undefined;
}

/** A goal's card: its full title, and the chart of its first indicator that has one (as a story's). */
export function goalShareCard(heading: string, title: string, indicators: readonly Indicator[], siteUrl: string): ShareCard {
  const image = firstChartImage(indicators, siteUrl);
  return { title: heading, description: title, type: 'website', ...(image ? { image } : {}) };
}

/** A story's card: its own picture, else the chart of the first indicator it uses that has one. */
export function storyShareCard(story: Pick<Story, 'title' | 'summary' | 'image'>, indicators: readonly Indicator[], siteUrl: string): ShareCard {
  const image = story.image
    ? { url: absoluteUrl(story.image.src, siteUrl), alt: story.image.alt }
    : firstChartImage(indicators, siteUrl);
  return { title: story.title, description: story.summary, type: 'article', ...(image ? { image } : {}) };
}
