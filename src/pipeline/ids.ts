/** Indicator ids are `1-2-1` in files and URLs and `1.2.1` on screen; these helpers convert. */

const ID = /^(\d{1,2})-([0-9]{1,2}|[a-z])-([0-9]{1,2}|[a-z])$/;

/** True for ids such as `1-2-1`, `17-a-1`, `3-b-3`. */
export function isIndicatorId(id: string): boolean {
  const m = ID.exec(id);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 17;
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

/** Sort key so that 1.2 < 1.10 < 1.a and 2.1 < 10.1. */
export function compareIds(a: string, b: string): number {
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
