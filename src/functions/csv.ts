/**
 * CSV export of the staff list (RFC 4180). Cells that a spreadsheet would run as a formula
 * (starting with = + - @ or a control character) get a leading apostrophe.
 */
import type { FeedbackItem } from './store/types.ts';

const COLUMNS = [
  'id', 'createdAt', 'page', 'useful', 'group', 'doing', 'problem', 'email',
  'status', 'tags', 'response', 'public', 'respondedAt', 'closedAt', 'publicSummary',
] as const satisfies readonly (keyof FeedbackItem)[];

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function itemsToCsv(items: readonly FeedbackItem[]): string {
  const lines = [COLUMNS.join(',')];
  for (const item of items) lines.push(COLUMNS.map((c) => csvCell(item[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
