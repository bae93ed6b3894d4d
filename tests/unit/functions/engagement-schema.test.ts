/** The engagement event schema: what is counted under which key, and every refusal with its exact message. */
import { describe, expect, it } from 'vitest';
import { zodErrorToFields } from '../../../src/functions/error-map.ts';
import { counterOf, EVENT_MESSAGES, normaliseQuery, parseEvent } from '../../../src/functions/engagement/schema.ts';
import { MESSAGES } from '../../../src/functions/schema.ts';

const counted = (record: Record<string, unknown>) => {
  const parsed = parseEvent(record);
  if (!parsed.success) throw new Error(JSON.stringify(zodErrorToFields(parsed.error)));
  return counterOf(parsed.data);
};
const refused = (record: Record<string, unknown>) => {
  const parsed = parseEvent(record);
  if (parsed.success) throw new Error(`accepted: ${JSON.stringify(parsed.data)}`);
  return Object.fromEntries(Object.entries(zodErrorToFields(parsed.error)));
};

describe('events that are counted', () => {
  it.each([
    [{ kind: 'view', path: '/indicators/1-2-1/' }, { kind: 'view', key: '/indicators/1-2-1/' }],
    [{ kind: 'view', path: '/ar/goals/1/' }, { kind: 'view', key: '/ar/goals/1/' }],
    [{ kind: 'download', path: '/downloads/indicator_1-2-1.csv' }, { kind: 'download', key: '/downloads/indicator_1-2-1.csv' }],
    [{ kind: 'search', query: 'Poverty', found: 'yes' }, { kind: 'search', key: 'poverty' }],
    [{ kind: 'search', query: '  gender   pay gap ', found: 'no' }, { kind: 'search-empty', key: 'gender pay gap' }],
    [{ kind: 'search', query: 'x', found: true }, { kind: 'search', key: 'x' }],
    [{ kind: 'search', query: 'x', found: 0 }, { kind: 'search-empty', key: 'x' }],
    [{ kind: 'search', query: 'x', found: '1' }, { kind: 'search', key: 'x' }],
    [{ kind: 'explorer', indicator: '1-2-1', view: 'chart' }, { kind: 'explorer', key: '1-2-1:chart' }],
    [{ kind: 'explorer', indicator: '3-B-1', view: 'table' }, { kind: 'explorer', key: '3-b-1:table' }],
    [{ kind: 'explorer', indicator: '2-1-2-1', view: 'download' }, { kind: 'explorer', key: '2-1-2-1:download' }],
    [{ kind: 'embed', origin: 'https://news.example.org' }, { kind: 'embed', key: 'https://news.example.org' }],
    [{ kind: 'embed', origin: 'https://News.Example.org/' }, { kind: 'embed', key: 'https://news.example.org' }],
    [{ kind: 'embed', origin: 'http://localhost:8080' }, { kind: 'embed', key: 'http://localhost:8080' }],
    [{ kind: 'embed' }, { kind: 'embed', key: 'unknown' }],
    [{ kind: 'embed', origin: '' }, { kind: 'embed', key: 'unknown' }],
  ])('%j → %j', (record, counter) => {
    expect(counted(record)).toEqual(counter);
  });
});

describe('events that are refused, with the message a developer sees', () => {
  it.each([
    ['no kind', {}, { kind: EVENT_MESSAGES.kind }],
    ['an unknown kind', { kind: 'click', path: '/' }, { kind: EVENT_MESSAGES.kind }],
    ['a kind that is not text', { kind: ['view'] }, { kind: EVENT_MESSAGES.kind }],
    ['a view without a path', { kind: 'view' }, { path: MESSAGES.pageRequired }],
    ['a view of a full address', { kind: 'view', path: 'https://evil.example/' }, { path: MESSAGES.pageShape }],
    ['a view with a query string', { kind: 'view', path: '/search/?q=my+name' }, { path: MESSAGES.pageShape }],
    ['a view of a protocol-relative address', { kind: 'view', path: '//evil.example/' }, { path: MESSAGES.pageShape }],
    ['a view with a space in the path', { kind: 'view', path: '/a b/' }, { path: MESSAGES.pageShape }],
    ['a view with a path too long', { kind: 'view', path: `/${'a'.repeat(300)}` }, { path: MESSAGES.pageLength }],
    ['a view with an extra field', { kind: 'view', path: '/', userAgent: 'Mozilla' }, { userAgent: EVENT_MESSAGES.unknownField }],
    ['a view carrying an id', { kind: 'view', path: '/', id: 'abc' }, { id: EVENT_MESSAGES.unknownField }],
    ['a field named __proto__', JSON.parse('{"kind":"view","path":"/","__proto__":{"x":1}}'), JSON.parse(`{"__proto__":"${EVENT_MESSAGES.unknownField}"}`)],
    ['a download of a number', { kind: 'download', path: 12 }, { path: MESSAGES.pageShape }],
    ['a search without words', { kind: 'search', found: 'yes' }, { query: EVENT_MESSAGES.query }],
    ['a search of empty words', { kind: 'search', query: '', found: 'yes' }, { query: EVENT_MESSAGES.query }],
    ['a search of spaces and controls only', { kind: 'search', query: ' \u0000\u200b\t ', found: 'no' }, { query: EVENT_MESSAGES.queryEmpty }],
    ['a search too long', { kind: 'search', query: 'a'.repeat(501), found: 'no' }, { query: EVENT_MESSAGES.query }],
    ['a search without found', { kind: 'search', query: 'poverty' }, { found: EVENT_MESSAGES.found }],
    ['a search with found "maybe"', { kind: 'search', query: 'poverty', found: 'maybe' }, { found: EVENT_MESSAGES.found }],
    ['a search with a count for found', { kind: 'search', query: 'poverty', found: 12 }, { found: EVENT_MESSAGES.found }],
    ['an explorer use without an indicator', { kind: 'explorer', view: 'chart' }, { indicator: EVENT_MESSAGES.indicator }],
    ['an explorer use of a path', { kind: 'explorer', indicator: '../1-2-1', view: 'chart' }, { indicator: EVENT_MESSAGES.indicator }],
    ['an explorer use of a goal number', { kind: 'explorer', indicator: '1', view: 'chart' }, { indicator: EVENT_MESSAGES.indicator }],
    ['an explorer use of an unknown view', { kind: 'explorer', indicator: '1-2-1', view: 'map' }, { view: EVENT_MESSAGES.view }],
    ['an embed with a full address', { kind: 'embed', origin: 'https://news.example.org/story/jane-doe' }, { origin: EVENT_MESSAGES.origin }],
    ['an embed with a query string', { kind: 'embed', origin: 'https://news.example.org?u=1' }, { origin: EVENT_MESSAGES.origin }],
    ['an embed with user info', { kind: 'embed', origin: 'https://jane@news.example.org' }, { origin: EVENT_MESSAGES.origin }],
    ['an embed from a file', { kind: 'embed', origin: 'file:///home/jane/page.html' }, { origin: EVENT_MESSAGES.origin }],
    ['an embed from javascript:', { kind: 'embed', origin: 'javascript:alert(1)' }, { origin: EVENT_MESSAGES.origin }],
    ['an embed of no address at all', { kind: 'embed', origin: 'news' }, { origin: EVENT_MESSAGES.origin }],
    ['an embed with an origin too long', { kind: 'embed', origin: `https://${'a'.repeat(200)}.org` }, { origin: EVENT_MESSAGES.origin }],
  ])('%s', (_name, record, errors) => {
    expect(refused(record as Record<string, unknown>)).toEqual(Object.fromEntries(Object.entries(errors)));
  });
});

describe('search words are normalised before they are kept', () => {
  it.each([
    ['Poverty', 'poverty'],
    ['  GENDER\t\tpay\n gap  ', 'gender pay gap'],
    ['ｐｏｖｅｒｔｙ', 'poverty'], // full-width letters (NFKC)
    ['8.5.1', '8.5.1'],
    ['2015-2020', '2015-2020'],
    ['zero\u200bwidth', 'zero width'],
    ['jane.doe@example.org poverty', '[email] poverty'],
    ['call 020 7946 0958 now', 'call [number] now'],
    ['ID 123456789', 'id [number]'],
    ['بطالة الشباب', 'بطالة الشباب'],
    ['Бедность', 'бедность'],
    ['贫困', '贫困'],
    ['a'.repeat(150), 'a'.repeat(100)],
    [`${'a'.repeat(99)}😀😀`, `${'a'.repeat(99)}😀`], // cut between characters, never inside one
    [`${'a'.repeat(99)} b`, 'a'.repeat(99)], // no trailing space after the cut
  ])('%j → %j', (raw, kept) => {
    expect(normaliseQuery(raw)).toBe(kept);
  });
});
