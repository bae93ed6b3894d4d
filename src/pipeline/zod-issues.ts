/** The one translator from zod issues to the words an editor reads: the field, what was expected, what was received, a fix. */
import type { ZodIssue } from 'zod';
import { nearest } from './suggest.ts';

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

/** zod's type names in an editor's words. */
const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'a set of fields', boolean: 'true or false' };

/** Where in a YAML file an issue is: the path of the value, or of the first unknown key. */
export function issuePath(issue: ZodIssue): (string | number)[] {
  return issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
}

/** Turns a zod issue into our message and hint, in the words an editor uses. */
export function explainIssue(issue: ZodIssue, input: Record<string, unknown>): { message: string; hint: string } {
  const field = issue.path.join('.');
  const received = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], input);
  if (issue.code === 'invalid_enum_value') {
    const options = issue.options.map(String);
    const guess = nearest(String(received), options);
    return {
      message: `${field}: expected one of ${options.join(', ')}; received ${describe(received)}.`,
      hint: guess ? `Did you mean "${guess}"?` : `Use one of: ${options.join(', ')}.`,
    };
  }
  if (issue.code === 'invalid_union' || issue.code === 'invalid_type') {
    const expected = issue.code === 'invalid_type' ? issue.expected : 'string';
    return {
      message: `${field}: expected ${EXPECTED[expected] ?? expected}, received ${describe(received)}.`,
      hint: 'See the Open SDG metadata format for this field, or remove it.',
    };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return { message: `${field ? `${field}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}.`, hint: 'Check the spelling against the documentation, or remove it.' };
  }
  return { message: `${field}: ${issue.message}.`, hint: 'Correct the value or remove the field.' };
}

