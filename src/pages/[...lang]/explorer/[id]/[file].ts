import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../../site/endpoint.ts';
import { everyLanguage } from '../../../../site/routes.ts';
import { pagedIndicators } from '../../../../site/site-data.ts';
import { explorerFilesOf } from '../../../../site/explorer-files.ts';
import { mapValuesOf } from '../../../../site/map-files.ts';
import { indicatorMap } from '../../../../maps/indicator-map.ts';
import type { Indicator } from '../../../../schemas/model.ts';
import { withLanguage } from '../../../../i18n/server.ts';

/** The map's values for every year, where they are too many for the page (src/site/map-files.ts). */
function mapFile(ind: Indicator, lang: string) {
  // In the page's language, as the page asks for it (the map is made once, for both).
  const map = withLanguage(lang, () => indicatorMap(ind, ind.nationalTitle ?? ind.globalTitle));
  return map ? mapValuesOf(ind.id, map.data, map.year).file : undefined;
}

/** The explorer's data files (index and chunks, see src/site/explorer-files.ts) and large maps' values, per indicator and language. */
export function getStaticPaths() {
  return everyLanguage((lang) => pagedIndicators(lang).flatMap((indicator) =>
    [...(explorerFilesOf(indicator)?.files ?? []), ...[mapFile(indicator, lang)].filter((f) => f !== undefined)]
      .map((f) => ({ params: { id: indicator.id, file: f.path.slice(f.path.lastIndexOf('/') + 1) }, props: { text: f.text } }))));
}

const get: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET = inPageLanguage(get);
