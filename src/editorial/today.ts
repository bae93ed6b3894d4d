/** "Today" for the release calendar: `BUILD_DATE` (YYYY-MM-DD) when set, so builds and tests are reproducible. */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  const fixed = env['BUILD_DATE'];
  const d = fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? new Date(`${fixed}T00:00:00Z`) : now;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
