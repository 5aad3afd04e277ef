import { describe, expect, it } from 'vitest';
import { fetchSpan, sliceToRange } from '@/features/trends/model/slice-range';
import { homePeers, seriesRow, yoyRow } from './rows';

const point = (component: string, year: number, score: number | null) =>
  seriesRow({ unit_code: 'ha-tinh', component_code: component, year, score });
const yoy = (year: number) => yoyRow({ unit_code: 'ha-tinh', year });
const peer = (year: number) => homePeers({ year });

describe('sliceToRange(rows, range)', () => {
  const rows = {
    series: [2016, 2017, 2018, 2019].flatMap((year) => [
      point('TOTAL', year, 40 + year - 2016),
      point('D7', year, year >= 2018 ? 5 : null),
    ]),
    yoy: [2016, 2017, 2018, 2019].map(yoy),
    peers: [2016, 2019].map(peer),
  };

  it('keeps the years of the range, in every part', () => {
    const sliced = sliceToRange(rows, { from: 2017, to: 2018 });
    expect([...new Set(sliced.series.map((p) => p.year))]).toEqual([2017, 2018]);
    expect(sliced.yoy.map((p) => p.year)).toEqual([2017, 2018]);
    expect(sliced.peers).toEqual([]);
  });

  it('leaves out a component with no score in the range (PAPI D7 before 2018)', () => {
    const sliced = sliceToRange(rows, { from: 2016, to: 2017 });
    expect(new Set(sliced.series.map((p) => p.component_code))).toEqual(new Set(['TOTAL']));
  });

  it('keeps gaps (null scores) of a component that has data in the range', () => {
    const sliced = sliceToRange(rows, { from: 2017, to: 2018 });
    expect(sliced.series.find((p) => p.component_code === 'D7' && p.year === 2017)?.score).toBeNull();
  });
});

describe('fetchSpan(span, range)', () => {
  it('is the index span, widened by a range reaching beyond it', () => {
    expect(fetchSpan({ from: 2011, to: 2024 }, { from: 2018, to: 2020 })).toEqual({ from: 2011, to: 2024 });
    expect(fetchSpan({ from: 2011, to: 2024 }, { from: 2009, to: 2026 })).toEqual({ from: 2009, to: 2026 });
  });
});
