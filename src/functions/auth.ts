/**
 * Staff authentication: a single bearer token (FEEDBACK_ADMIN_TOKEN). Both sides are hashed
 * first so timingSafeEqual always compares equal-length buffers and the length does not leak.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type AuthResult = 'ok' | 'disabled' | 'denied';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export function checkAdmin(request: Request, adminToken: string | undefined): AuthResult {
  if (!adminToken) return 'disabled';
  const given = bearerToken(request);
  if (given === undefined) return 'denied';
  return timingSafeEqual(sha256(given), sha256(adminToken)) ? 'ok' : 'denied';
}
