import type { ZodIssue } from 'zod';

/** A zod issue in words an editor can act on: the field, what was expected, what was received. */
export function describeIssue(issue: ZodIssue, data: unknown): { field: string; message: string } {
  const field = issue.path.join('.') || '(front matter)';
  const received = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined), data);
  if (issue.code === 'invalid_type' && received === undefined) return { field, message: `${field}: required, but missing.` };
  if (issue.code === 'unrecognized_keys') return { field: issue.keys[0] ?? field, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.` };
  if (issue.code === 'invalid_enum_value') {
    return { field, message: `${field}: expected one of ${issue.options.join(', ')}; received ${JSON.stringify(received)}.` };
  }
  if (issue.code === 'too_small' && issue.type === 'array') return { field, message: `${field}: expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}; received none.` };
  if (issue.code === 'too_small' && issue.type === 'string') return { field, message: `${field}: must not be empty.` };
  const shown = received === undefined ? '' : `; received ${JSON.stringify(received)}`;
  const expected = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message.replace(/^Invalid$/, 'invalid value').replace(/^Invalid date$/, 'expected a date such as 2024-05-31');
  return { field, message: `${field}: ${expected.charAt(0).toLowerCase()}${expected.slice(1)}${shown}.` };
}
