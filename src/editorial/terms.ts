const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive pattern for whole-word mentions of any of the terms, longest first. */
export function termPattern(terms: readonly string[], flags = 'i'): RegExp {
  const alts = [...terms].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\w-])(?:${alts.join('|')})(?![\\w-])`, flags);
}
