/** Edit distance, for "Did you mean …?" hints. */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest of `options` to `received`, if it is close enough to be a plausible typo. */
export function nearest(received: string, options: readonly string[]): string | undefined {
  const input = received.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = levenshtein(input, option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return bestDistance <= Math.max(2, Math.floor(input.length / 2)) ? best : undefined;
}
