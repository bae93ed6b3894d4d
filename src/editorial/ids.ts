let counter = 0;
/** A fresh element id for components that may appear more than once on a page (build-time only). */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
