/** Translation keys (`group.key`) as used by Open SDG metadata: `global_indicators.1-2-1-title`. */
export type Translations = Map<string, string>;

const KEY = /^([A-Za-z][\w]*)\.([\w-]+)$/;

/**
 * Adds one translation file's flat `key: text` entries under its group (the file name). Text is normalized to
 * NFC: the UN framework's French titles write "é" as "e" + a combining accent, which a reader's search for
 * "pauvreté" would not find.
 */
export function addTranslationGroup(into: Translations, group: string, entries: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(entries)) {
    if (typeof value === 'string' || typeof value === 'number') into.set(`${group}.${key}`, String(value).normalize('NFC'));
  }
}

/** The groups present, so a value is only read as a key when its group is known. */
export function groupsOf(translations: Translations): Set<string> {
  return new Set([...translations.keys()].map((k) => k.slice(0, k.indexOf('.'))));
}

export type Resolution =
  | { kind: 'text'; text: string }
  | { kind: 'translated'; text: string; key: string }
  | { kind: 'missing'; text: string; key: string };

/** Resolves `value` when it is a key of a known group; otherwise it is plain text. */
export function resolveText(value: string, translations: Translations, groups: Set<string>): Resolution {
  const m = KEY.exec(value.trim());
  if (!m || !groups.has(m[1]!)) return { kind: 'text', text: value };
  const found = translations.get(value.trim());
  return found === undefined
    ? { kind: 'missing', text: value, key: value.trim() }
    : { kind: 'translated', text: found, key: value.trim() };
}
