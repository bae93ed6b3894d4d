/**
 * Reads a request body with a hard size limit and turns JSON or form data into a plain record.
 * The limit is checked twice: on Content-Length (cheap, before reading) and on the bytes actually
 * read, because Content-Length can be absent (chunked) or lie.
 */

export type BodyKind = 'json' | 'form';

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; message: string };

/** Bodies are read as they are sent: a compressed body is refused rather than read as text. */
const IDENTITY = /^\s*(identity)?\s*$/i;

export const BODY_MESSAGES = {
  tooLarge: (limit: number) => `The request body is larger than ${limit} bytes.`,
  contentType: 'Send the feedback as application/json or application/x-www-form-urlencoded.',
  jsonOnly: 'Send the changes as application/json.',
  badJson: 'The request body is not valid JSON.',
  badEncoding: 'The request body is not valid UTF-8.',
  contentEncoding: (encoding: string) => `Send the body uncompressed: Content-Encoding "${encoding.slice(0, 40)}" is not supported.`,
} as const;

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function bodyKind(request: Request): BodyKind | undefined {
  const type = mediaType(request);
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return undefined;
}

/** Checks Content-Length before anything is read. */
export function declaredTooLarge(request: Request, limit: number): boolean {
  const declared = request.headers.get('content-length');
  if (declared === null) return false;
  const n = Number(declared);
  return !Number.isFinite(n) || n > limit;
}

/** Reads at most `limit` bytes; stops and cancels the stream as soon as there are more. */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array | 'too-large'> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Form fields as a null-prototype record; a repeated field keeps its first value. */
function formToRecord(text: string): Record<string, string> {
  const record: Record<string, string> = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) {
    if (!(key in record)) record[key] = value;
  }
  return record;
}

export async function readBody(request: Request, kind: BodyKind, limit: number): Promise<BodyResult> {
  const encoding = request.headers.get('content-encoding');
  if (encoding !== null && !IDENTITY.test(encoding)) {
    return { ok: false, status: 415, message: BODY_MESSAGES.contentEncoding(encoding) };
  }
  if (declaredTooLarge(request, limit)) {
    return { ok: false, status: 413, message: BODY_MESSAGES.tooLarge(limit) };
  }
  const bytes = await readLimited(request, limit);
  if (bytes === 'too-large') return { ok: false, status: 413, message: BODY_MESSAGES.tooLarge(limit) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, message: BODY_MESSAGES.badEncoding };
  }
  if (kind === 'form') return { ok: true, value: formToRecord(text) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: BODY_MESSAGES.badJson };
  }
}
