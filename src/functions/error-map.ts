/**
 * Turns zod issues into the `{ errors: { field: message } }` shape the API answers with:
 * one message per field (the first problem found), so forms can show it beside the field.
 */
import type { ZodError } from 'zod';

export type FieldErrors = Record<string, string>;

export function zodErrorToFields(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[key] ??= issue.message;
      continue;
    }
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'body';
    fields[key] ??= issue.message;
  }
  return fields;
}
