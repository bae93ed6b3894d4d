/** Indicator ids are `1-2-1` in files and URLs and `1.2.1` on screen; these helpers convert. */

/**
 * Goal, target and indicator, then any further parts of a national indicator: `1-2-1`, `17-a-1`,
 * `2-1-2-1`, `1-3-1-a`. Parts are digits or lower-case letters.
 */
const ID = /^(\d{1,2})-([0-9]{1,2}|[a-z])-([0-9a-z]{1,3})((?:-[0-9a-z]{1,6})*)$/;

/** True for ids such as `1-2-1`, `17-a-1`, `3-b-3`, and national ids such as `2-1-2-1` or `1-3-1-a`. */
export function isIndicatorId(id: string): boolean {
  const m = ID.exec(id);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 17;
}

/** True for ids with more parts than goal-target-indicator: the NSO's own indicators. */
export function isNationalId(id: string): boolean {
  return isIndicatorId(id) && (ID.exec(id)?.[4] ?? '') !== '';
}

/** `1.2.1` or `1-2-1` → `1-2-1`. */
export function toSlug(id: string): string {
  return id.trim().replace(/\./g, '-').toLowerCase();
}

/** `1-2-1` → `1.2.1`. */
export function toDotted(id: string): string {
  return id.replace(/-/g, '.');
}

/** `1-2-1` → `{ goal: '1', target: '1-2' }`. */
export function idParts(id: string): { goal: string; target: string } {
  const [goal = '', target = ''] = id.split('-');
  return { goal, target: `${goal}-${target}` };
}

/** Sort key so that 1.2 < 1.10 < 1.a and 2.1 < 10.1, and 2.1.2 < 2.1.2.1 < 2.1.3. */
export function compareIds(a: string, b: string): number {
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return x === '' ? -1 : y === '' ? 1 : nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
