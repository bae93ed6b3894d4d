/**
 * The code a newsroom pastes to embed the chart: the iframe, and a few lines that set its height to the
 * chart's. The embed page reports its height by postMessage (EmbedView.astro); the host's lines accept a
 * message only from the site's origin and from one of the page's own frames, and read nothing from it but a
 * number. Without the script (some editors strip scripts) the frame keeps a height that fits most charts, and scrolls.
 */
import { localize } from '../../site/routes.ts';
import { audienceConfig } from '../config.ts';

export const embedPath = (id: string) => localize(`/embed/${id}/`);
/** The message type the embed page posts, with `height` in CSS pixels. */
export const EMBED_MESSAGE = 'sdg-portal:embed-height';
/** The widths the embedded chart is drawn at; EmbedView.astro's CSS switches between them at the same widths. */
export const EMBED_WIDTHS = [320, 480, 720] as const;
/** Height of the frame before (or without) the script: a chart with a two-line title at phone width. */
export const EMBED_HEIGHT = 600;

const attribute = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** A JavaScript string literal safe inside an HTML script element. */
const jsString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

export function iframeCode(id: string, title: string): string {
  const src = `${audienceConfig.siteUrl}${embedPath(id)}`;
  const origin = new URL(audienceConfig.siteUrl).origin;
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;width:100%;max-width:800px" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!==${jsString(origin)}||!e.data||e.data.type!==${jsString(EMBED_MESSAGE)})return;` +
      `var h=Math.ceil(Number(e.data.height));if(!(h>0&&h<20000))return;var f=document.getElementsByTagName("iframe");` +
      `for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=h+"px"})</script>`,
  ].join('\n');
}
