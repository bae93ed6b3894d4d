/** The static JSON index of every indicator: what a script needs to find and fetch the data. */
import { localize } from '../../site/routes.ts';
import type { SiteModel } from '../../schemas/model.ts';
import { sortYears } from '../../pipeline/years.ts';
import { allZip, downloadLinks, sdmxLinks } from './links.ts';

export function apiIndex(site: SiteModel, siteUrl: string) {
  return {
    site: siteUrl,
    allDownloads: allZip(),
    sdmx: sdmxLinks.index,
    indicators: site.indicators.map((ind) => {
      const years = sortYears((ind.data?.observations ?? []).filter((o) => o.value !== null).map((o) => o.year));
      return {
        id: ind.id,
        number: ind.number,
        title: ind.nationalTitle ?? ind.globalTitle,
        globalTitle: ind.globalTitle,
        status: ind.status,
        goal: ind.goal,
        units: ind.data && ind.data.units.length > 0 ? ind.data.units : ind.units ? [ind.units] : [],
        lastYear: years[years.length - 1] ?? null,
        page: localize(`/indicators/${ind.id}/`),
        dataPage: localize(`/indicators/${ind.id}/data/`),
        downloads: downloadLinks(ind),
      };
    }),
  };
}
