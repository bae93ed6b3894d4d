/** How a shared link looks: the generated sentence and the 1200×675 chart as an absolute address. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, goalShareCard, indicatorShareCard, storyShareCard } from '../../../src/site/share-card.ts';
import { siteOf } from '../pipeline/fixture-repo.ts';

const META = '---\nindicator_name: global_indicators.1-2-1-title\nreporting_status: complete\ngraph_type: line\ncomputation_units: Percentage (%)\n---\n';
const site = await siteOf({
  'meta/1-2-1.md': META, 'data/indicator_1-2-1.csv': 'Year,Units,Value\n2015,Percentage (%),15.1\n2016,Percentage (%),14.2\n',
  'meta/1-2-2.md': '---\nindicator_name: global_indicators.1-2-2-title\nreporting_status: notstarted\n---\n',
});
const [withChart, without] = ['1-2-1', '1-2-2'].map((id) => site.indicators.find((i) => i.id === id)!);
const URL_BASE = 'https://sdg.example.org';

describe('share cards', () => {
  it('an indicator with a chart: the generated sentence and its social-size PNG', () => {
    expect(indicatorShareCard(withChart!, URL_BASE)).toEqual({
      title: '1.2.1 Proportion of population living below the national poverty line, by sex and age',
      description: 'In 2016, the figure was 14.2%, down from 15.1% in 2015.',
      type: 'website',
      image: {
        url: 'https://sdg.example.org/downloads/charts/1-2-1-1200x675.png',
        alt: 'Chart: Proportion of population living below the national poverty line, by sex and age. In 2016, the figure was 14.2%, down from 15.1% in 2015.',
        width: 1200, height: 675,
      },
    });
  });

  it('an indicator without data: its title as description, no image', () => {
    const card = indicatorShareCard(without!, URL_BASE);
    expect(card.description).toBe(without!.globalTitle);
    expect(card.image).toBeUndefined();
  });

  it('a story: its own picture made absolute, else the first chart of its indicators', () => {
    const story = { title: 'T', summary: 'S' };
    expect(storyShareCard({ ...story, image: { src: '/images/a.png', alt: 'A' } }, [withChart!], URL_BASE).image).toEqual({ url: 'https://sdg.example.org/images/a.png', alt: 'A' });
    expect(storyShareCard(story, [without!, withChart!], URL_BASE)).toMatchObject({ type: 'article', description: 'S', image: { url: 'https://sdg.example.org/downloads/charts/1-2-1-1200x675.png' } });
    expect(storyShareCard(story, [without!], URL_BASE).image).toBeUndefined();
  });

  it('a goal: its heading and title, and the chart of its first indicator that has one', () => {
    expect(goalShareCard('Goal 1: No poverty', 'End poverty in all its forms everywhere', [without!, withChart!], URL_BASE)).toEqual({
      title: 'Goal 1: No poverty',
      description: 'End poverty in all its forms everywhere',
      type: 'website',
      image: indicatorShareCard(withChart!, URL_BASE).image,
    });
    expect(goalShareCard('Goal 1: No poverty', 'End poverty', [without!], URL_BASE).image).toBeUndefined();
  });

  it.each([
    ['/goals/1/', 'https://sdg.example.org/goals/1/'],
    ['https://cdn.example.net/x.png', 'https://cdn.example.net/x.png'],
  ])('absoluteUrl(%s)', (href, expected) => expect(absoluteUrl(href, URL_BASE)).toBe(expected));
});
