/**
 * Metadata field labels in the page's language: the repository's own translations first, then (on a page not in
 * English) the portal's labels along the language chain, then the schema's English label, then the portal's English.
 */
import { describe, expect, it } from 'vitest';
import { fieldLabelsFor } from '../../../src/pipeline/build-model.ts';
import type { RawRepository } from '../../../src/pipeline/read-repository.ts';

const raw = (languages: string[]) => ({
  languages,
  portal: { languages: { fallback: { kk: ['ru'] } } },
  labels: new Map([
    ['computation_units', { label: 'Unit of measurement' }],
    ['measurement_units', { label: 'Unit of measurement', translationKey: 'metadata_fields.computation_units' }],
    ['own_field', { label: 'Our own field' }],
  ]),
  fieldLabels: new Map([
    ['en', new Map([['computation_units', 'Unit of measurement (portal)'], ['source_organisation_1', 'Organisation']])],
    ['ru', new Map([['computation_units', 'Единица измерения'], ['source_organisation_1', 'Организация']])],
    ['fr', new Map([['computation_units', 'Unité de mesure']])],
  ]),
}) as unknown as RawRepository;

describe('fieldLabelsFor', () => {
  const cases: { lang: string; languages: string[]; repo?: [string, string][]; key: string; expected: string | undefined }[] = [
    { lang: 'en', languages: ['en'], key: 'computation_units', expected: 'Unit of measurement' },
    { lang: 'fr', languages: ['en', 'fr'], key: 'computation_units', expected: 'Unité de mesure' },
    { lang: 'fr', languages: ['en', 'fr'], key: 'own_field', expected: 'Our own field' },
    { lang: 'en', languages: ['en'], key: 'source_organisation_1', expected: 'Organisation' },
    { lang: 'kk', languages: ['ru', 'kk', 'en'], key: 'computation_units', expected: 'Единица измерения' },
    // An English page of a Russian site keeps the schema's English label; it never borrows the Russian one.
    { lang: 'en', languages: ['ru', 'kk', 'en'], key: 'computation_units', expected: 'Unit of measurement' },
    { lang: 'ru', languages: ['ru'], repo: [['metadata_fields.computation_units', 'Ед. изм.']], key: 'measurement_units', expected: 'Ед. изм.' },
    { lang: 'ru', languages: ['ru'], repo: [['metadata_fields.computation_units', 'Ед. изм.']], key: 'computation_units', expected: 'Ед. изм.' },
    { lang: 'es', languages: ['en', 'es'], key: 'nothing_known', expected: undefined },
  ];
  for (const c of cases) {
    it(`${c.lang} (${c.languages.join(',')}): ${c.key} → ${c.expected}`, () => {
      expect(fieldLabelsFor(raw(c.languages), c.lang, new Map(c.repo ?? [])).get(c.key)).toBe(c.expected);
    });
  }
});
