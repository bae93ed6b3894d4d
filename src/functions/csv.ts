/**
 * CSV export of the staff list (RFC 4180, CRLF), written by the project's one CSV writer: cells that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe.
 */
import { writeCsv } from '../pipeline/write-csv.ts';
import type { FeedbackItem } from './store/types.ts';

const COLUMNS = [
  'id', 'createdAt', 'page', 'useful', 'group', 'doing', 'problem', 'email',
  'status', 'tags', 'response', 'public', 'respondedAt', 'closedAt', 'publicSummary',
] as const satisfies readonly (keyof FeedbackItem)[];

const cell = (value: unknown) => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'boolean' || typeof value === 'number' ? value : String(value));

export function itemsToCsv(items: readonly FeedbackItem[]): string {
  return writeCsv(COLUMNS, items.map((item) => COLUMNS.map((c) => cell(item[c]))), '\r\n');
}
