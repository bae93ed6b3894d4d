import { describe, expect, it } from 'vitest';
import { median, summarizeFeedback } from '../../../src/functions/stats.ts';

const item = (page: string, useful: 'yes' | 'no', group: string | null, createdAt: string, respondedAt: string | null = null) =>
  ({ page, useful, group, status: respondedAt ? 'answered' : 'new', createdAt, respondedAt }) as const;

describe('summarizeFeedback', () => {
  it('counts per page and group, the usefulness rate and the median time to response', () => {
    const summary = summarizeFeedback([
      item('/a/', 'yes', 'media', '2025-03-01T00:00:00Z', '2025-03-01T02:00:00Z'),
      item('/a/', 'no', null, '2025-03-01T00:00:00Z', '2025-03-02T00:00:00Z'),
      item('/b/', 'yes', 'media', '2025-03-01T00:00:00Z', '2025-03-01T06:00:00Z'),
      item('/c/', 'no', 'citizen', '2025-03-01T00:00:00Z'),
    ] as never);
    expect(summary).toEqual({
      total: 4,
      usefulRate: 0.5,
      byPage: [
        { key: '/a/', count: 2, usefulRate: 0.5 },
        { key: '/b/', count: 1, usefulRate: 1 },
        { key: '/c/', count: 1, usefulRate: 0 },
      ],
      byGroup: [
        { key: 'media', count: 2, usefulRate: 1 },
        { key: 'citizen', count: 1, usefulRate: 0 },
        { key: 'not given', count: 1, usefulRate: 0 },
      ],
      byStatus: { answered: 3, new: 1 },
      medianHoursToResponse: 6,
      answered: 3,
    });
  });

  it('has no rates for no items', () => {
    expect(summarizeFeedback([])).toMatchObject({ total: 0, usefulRate: null, medianHoursToResponse: null });
  });

  it.each([
    [[], null],
    [[3], 3],
    [[4, 1, 2, 3], 2.5],
    [[5, 1, 3], 3],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
