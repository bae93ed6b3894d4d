import type { Concept } from './concepts.ts';

/** Concepts grouped by first letter (A–Z; anything else under "#"), letters in order. */
export function byLetter(concepts: readonly Concept[]): { letter: string; concepts: Concept[] }[] {
  const groups = new Map<string, Concept[]>();
  for (const c of concepts) {
    const first = c.term.normalize('NFD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(c);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([letter, list]) => ({ letter, concepts: list }));
}
