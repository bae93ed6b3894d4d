import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEditorial } from '../../../src/editorial/editorial.ts';
import { storiesFeed, updatesFeed } from '../../../src/editorial/feeds.ts';
import { releasesToIcs } from '../../../src/editorial/ics.ts';
import { datedReleases, releaseCalendar, releasesOf } from '../../../src/editorial/releases.ts';
import { getSite, prepareSite } from '../../../src/site/site-data.ts';
import { readXml } from './xml.ts';

const read = (dir: string) => readdirSync(dir).sort().map((n) => ({ path: `${dir}/${n}`, text: readFileSync(`${dir}/${n}`, 'utf8') }));
await prepareSite();
const site = getSite();
const editorial = buildEditorial(read('content/concepts'), read('content/stories'), site);
const at = { url: 'https://sdg.example.org/', title: 'UK SDG data' };

const xmlTexts = (xml: string, name: string) => readXml(xml).filter((e) => e.name === name).map((e) => e.text);

describe('readXml', () => {
  it('rejects XML that is not well-formed', () => {
    expect(() => readXml('<a><b></a></b>')).toThrow('</a> closes <b>');
    expect(() => readXml('<a>x & y</a>')).toThrow('Bare &');
    expect(() => readXml('<a x=1></a>')).toThrow('Not well-formed');
    expect(readXml('<a><![CDATA[x & <y>]]></a>')).toEqual([{ name: 'a', text: 'x & <y>' }]);
  });
});

describe('feeds', () => {
  it('the stories feed is well-formed Atom listing every story', () => {
    const xml = storiesFeed(editorial.stories, at);
    const titles = xmlTexts(xml, 'title');
    expect(titles[0]).toBe('UK SDG data: data stories');
    expect(titles.slice(1).sort()).toEqual(editorial.stories.map((s) => s.data.title).sort());
    expect(xml).toContain('<link href="https://sdg.example.org/stories/energy-and-emissions/"/>');
    expect(xml).toContain('<link rel="self" href="https://sdg.example.org/stories/feed.xml"/>');
  });

  it('the data updates feed is well-formed and newest first', () => {
    const xml = updatesFeed(site.indicators, at, 20);
    const updated = xmlTexts(xml, 'updated').slice(1);
    expect(updated.length).toBe(20);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(xmlTexts(xml, 'title')[1]).toMatch(/^Indicator \d+\.\w+\.\d+ updated: /);
  });
});

describe('release calendar', () => {
  const all = site.indicators.flatMap(releasesOf);

  it('the .ics parses: balanced blocks, one dated all-day event per dated release', () => {
    const dated = datedReleases(all);
    const ics = releasesToIcs(dated, at.url, 'Releases');
    const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const begins = lines.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(begins).toBe(dated.length);
    expect(lines.filter((l) => l === 'END:VEVENT').length).toBe(begins);
    expect(lines.filter((l) => /^DTSTART;VALUE=DATE:\d{8}$/.test(l)).length).toBe(begins);
    expect(lines).toContain('URL:https://sdg.example.org/indicators/8-5-2/');
    expect(lines.every((l) => /^[A-Z-]+[;:]/.test(l))).toBe(true);
  });

  it('lists upcoming releases from "today", in date order', () => {
    const { upcoming } = releaseCalendar(all, new Date('2023-08-01T00:00:00Z'));
    expect(upcoming.length).toBeGreaterThan(0);
    const times = upcoming.map((r) => r.next!.date!.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(upcoming.some((r) => r.indicatorId === '8-5-2' && r.next!.text === '15/08/2023')).toBe(true);
  });
});
