/** The iframe code a newsroom pastes to embed the chart. */
import { localize } from '../../site/routes.ts';
import { audienceConfig } from '../config.ts';

export const embedPath = (id: string) => localize(`/embed/${id}/`);

export function iframeCode(id: string, title: string): string {
  const safeTitle = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<iframe src="${audienceConfig.siteUrl}${embedPath(id)}" title="${safeTitle}" width="100%" height="520" style="border:0;max-width:800px" loading="lazy"></iframe>`;
}
