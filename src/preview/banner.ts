/**
 * The banner the editors' preview puts at the top of every page while the data, a story or a concept has a
 * problem: the errors that would stop the build, open, and the warnings folded away, each located as
 * `npm run validate` prints it. Nothing here reaches a built site.
 */
import { t } from '../i18n/index.ts';
import { formatProblem, sortProblems } from '../pipeline/problems.ts';
import type { Problem } from '../schemas/problem.ts';
import type { PreviewState } from './state.ts';

/** Past this many of one severity the banner says how many more there are (the terminal has them all). */
export const BANNER_LIMIT = 100;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function list(problems: Problem[]): string {
  const items = problems.slice(0, BANNER_LIMIT).map((p) => `<li>${escape(formatProblem(p))}</li>`).join('');
  const more = problems.length > BANNER_LIMIT ? `<p>${escape(t('preview.more', { count: problems.length - BANNER_LIMIT }))}</p>` : '';
  // Paths and messages are the validation report's (English, left to right) on pages in every language.
  return `<ol lang="en" dir="ltr" style="margin:0.25rem 0;padding-inline-start:1.5rem;font:0.85rem/1.4 ui-monospace,monospace;overflow-wrap:anywhere">${items}</ol>${more}`;
}

/** The banner's HTML, or '' when there is nothing to say. */
export function problemsBanner(state: PreviewState | undefined): string {
  if (!state) return '';
  const sorted = sortProblems(state.problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  if (!state.failure && errors.length === 0 && warnings.length === 0) return '';
  const serious = Boolean(state.failure) || errors.length > 0;
  const parts: string[] = [];
  if (state.failure) parts.push(`<p><strong>${escape(t('preview.failure'))}</strong></p><pre lang="en" dir="ltr" style="white-space:pre-wrap;margin:0.25rem 0">${escape(state.failure)}</pre>`);
  if (errors.length > 0) parts.push(`<h2 style="font-size:1rem;margin:0">${escape(t('preview.errors', { count: errors.length }))}</h2>${list(errors)}`);
  if (warnings.length > 0) {
    parts.push(`<details${serious ? '' : ' style="margin:0"'}><summary>${escape(t('preview.warnings', { count: warnings.length }))}</summary>${list(warnings)}</details>`);
  }
  if (serious) parts.push(`<p style="margin:0.25rem 0 0">${escape(t('preview.fix'))}</p>`);
  const colours = serious ? 'background:#fff4f2;border-block-end:3px solid #b3261e;color:#1b1b1b' : 'background:#fffbea;border-block-end:2px solid #8a6d00;color:#1b1b1b';
  return `<section data-preview-problems="${serious ? 'errors' : 'warnings'}" aria-label="${escape(t('preview.label'))}" style="${colours};padding:0.5rem 1rem;max-block-size:45vh;overflow:auto;position:sticky;inset-block-start:0;z-index:1000">${parts.join('')}</section>`;
}

/** Where a page learns that a new reading is in (src/preview/dev-server.ts serves it as server-sent events). */
export const READINGS_PATH = '/__sdg-preview/readings';

/**
 * Reloads the page when the preview has read the data again since the page was drawn: the server says the latest
 * reading's number when the page connects (so a change saved while the page was loading is not missed) and at
 * every new reading.
 */
export function reloadScript(generation: number): string {
  return `<script type="module">const drawn=${generation};const readings=new EventSource(${JSON.stringify(READINGS_PATH)});` +
    'readings.onmessage=(e)=>{if(Number(e.data)!==drawn){readings.close();location.reload();}};</script>';
}

/** `html` with the banner as the first thing in its body and the reload script as the last. */
export function withPreview(html: string, banner: string, script = ''): string {
  let out = html;
  if (script) {
    const end = out.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
    out = end >= 0 ? `${out.slice(0, end)}${script}${out.slice(end)}` : `${out}${script}`;
  }
  if (!banner) return out;
  const body = /<body\b[^>]*>/i.exec(out);
  return body ? `${out.slice(0, body.index + body[0].length)}${banner}${out.slice(body.index + body[0].length)}` : out;
}
