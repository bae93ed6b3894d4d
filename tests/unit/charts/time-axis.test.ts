import { describe, expect, it } from 'vitest';
import { chartLayout, fitTimeAxis, labelWidth, NARROW, WIDE } from '../../../src/charts/chart-layout.ts';

const financialYears = ['2004/05', '2005/06', '2006/07', '2007/08', '2008/09', '2009/10', '2010/11', '2011/12', '2012/13', '2013/14',
  '2014/15', '2015/16', '2016/17', '2017/18', '2018/19', '2019/20 [Note 5]', '2020/21 [Note 5]', '2021/22 [Note 5]'];

describe('period labels along the time axis', () => {
  it.each([
    ['UK 8.8.1 on a phone', financialYears, NARROW, ['2004/05', '2021/22 [Note 5]']],
    ['UK 8.8.1 on a desktop', financialYears, WIDE, ['2004/05', '2008/09', '2012/13', '2016/17', '2021/22 [Note 5]']],
    ['quarters on a phone', ['2020 Q1', '2020 Q2', '2020 Q3', '2020 Q4', '2021 Q1', '2021 Q2', '2021 Q3', '2021 Q4'], NARROW, ['2020 Q1', '2020 Q4', '2021 Q4']],
  ])('%s: %j', (_, years, width, expected) => {
    const layout = chartLayout(width, 'en');
    const { ticks, margins } = fitTimeAxis(layout, years, width);
    expect(ticks).toEqual(expected);
    // Evenly spaced points: neighbouring labels never touch, and the first and last fit inside the drawing.
    const font = parseFloat(layout.fontSize);
    const step = (width - margins.marginLeft - margins.marginRight) / (years.length - 1);
    const x = (y: string) => margins.marginLeft + years.indexOf(y) * step;
    for (let i = 1; i < ticks.length; i++) {
      const gap = x(ticks[i]!) - x(ticks[i - 1]!);
      expect(gap, `${ticks[i - 1]} and ${ticks[i]}`).toBeGreaterThan((labelWidth(ticks[i]!, font) + labelWidth(ticks[i - 1]!, font)) / 2);
    }
    expect(x(ticks[0]!) - labelWidth(ticks[0]!, font) / 2).toBeGreaterThanOrEqual(0);
    expect(x(ticks.at(-1)!) + labelWidth(ticks.at(-1)!, font) / 2).toBeLessThanOrEqual(width);
  });
});
