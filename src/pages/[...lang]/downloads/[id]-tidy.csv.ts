import type { APIRoute } from 'astro';
import { indicatorPaths } from '../../../site/routes.ts';
import { tidyTable, toCsv } from '../../../audiences/researchers/tidy.ts';
import type { Indicator } from '../../../schemas/model.ts';

/** `<id>-tidy.csv`: one column per dimension, "Total" spelled out, numeric Value. */
export function getStaticPaths() {
  return indicatorPaths((i) => i.data !== undefined);
}

export const GET: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(toCsv(tidyTable(props.indicator)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
