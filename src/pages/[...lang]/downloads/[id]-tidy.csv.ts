import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { indicatorPaths } from '../../../site/routes.ts';
import { tidyTable, toCsv } from '../../../audiences/researchers/tidy.ts';
import type { Indicator } from '../../../schemas/model.ts';

/** `<id>-tidy.csv`: one column per dimension, "Total" spelled out, numeric Value. */
export function getStaticPaths() {
  return indicatorPaths((i) => i.data !== undefined);
}

const get: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(toCsv(tidyTable(props.indicator)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const GET = inPageLanguage(get);
