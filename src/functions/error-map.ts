/**
 * Turns zod issues into the `{ errors: { field: message } }` shape the API answers with:
 * one message per field (the first problem found), so forms can show it beside the field.
 * The record has no prototype: a field named `constructor`, `toString` or `__proto__` is reported under its own
 * name, never mistaken for an inherited property.
 */
import type { ZodError } from 'zod';

export type FieldErrors = Record<string, string>;

export function zodErrorToFields(error: ZodError): FieldErrors {
  const fields: FieldErrors = Object.create(null) as FieldErrors;
  const add = (key: string, message: string) => {
    if (!Object.hasOwn(fields, key)) fields[key] = message;
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(key, issue.message);
      continue;
    }
    add(issue.path.length > 0 ? String(issue.path[0]) : 'body', issue.message);
  }
  return fields;
}
