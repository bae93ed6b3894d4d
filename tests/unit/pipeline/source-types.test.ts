/**
 * `source_type_N`: each way a repository may write a known type is read as it, and each unknown one is a warning
 * at its line with the types listed and, where one is close, a "did you mean" (the exact words pinned).
 */
import { describe, expect, it } from 'vitest';
import { sourceTypeOf } from '../../../src/schemas/metadata.ts';
import { fixture, reportLines, siteOf } from './fixture-repo.ts';

const TYPES = 'official-statistics, administrative-data, survey, citizen-generated, modelled-or-estimated, other';

describe('source_type_N values', () => {
  it.each([
    ['official-statistics', 'official-statistics'],
    ['Official statistics', 'official-statistics'],
    ['official_statistics', 'official-statistics'],
    ['administrative', 'administrative-data'],
    ['Survey', 'survey'],
    ['citizen-generated', 'citizen-generated'],
    ['Citizen generated data', 'citizen-generated'],
    ['modelled', 'modelled-or-estimated'],
    ['Modeled or estimated', 'modelled-or-estimated'],
    ['other', 'other'],
    ['non-official', 'other'],
    ['newspaper', undefined],
    ['', undefined],
    [3, undefined],
  ])('%j is read as %j', (written, type) => {
    expect(sourceTypeOf(written)).toBe(type);
  });

  it('reports each unknown type at its line, with a did-you-mean where one is close', async () => {
    expect(await reportLines({ 'meta/1-2-1.md': fixture('bad-input/unknown-source-type.md') })).toEqual([
      `meta/1-2-1.md:7: warning: source_type_2: expected one of ${TYPES}; received "citizen generatd"; the source is shown without a type. Hint: Did you mean "citizen-generated"?`,
      `meta/1-2-1.md:9: warning: source_type_3: expected one of ${TYPES}; received "newspaper"; the source is shown without a type. Hint: Use one of those; "other" for a source outside official statistics that fits none of them.`,
      `meta/1-2-1.md:10: warning: source_type_4: expected one of ${TYPES}; received 3; the source is shown without a type. Hint: Use one of those; "other" for a source outside official statistics that fits none of them.`,
    ]);
  });

  it('keeps the known types on the sources, in their canonical form, and drops the unknown ones', async () => {
    const site = await siteOf({ 'meta/1-2-1.md': fixture('bad-input/unknown-source-type.md') });
    expect(site.indicators[0]!.sources.map((s) => [s.n, s.type ?? null])).toEqual([[1, 'official-statistics'], [2, null], [3, null]]);
    // The type is shown by its label, not as one more raw field.
    expect(site.indicators[0]!.sources.flatMap((s) => s.fields.map((f) => f.key))).not.toContain('source_type_1');
  });
});
