import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { weakMessages } from '@/features/weak-components/messages';
import { cellWords } from '@/features/weak-components/model/cell-text';
import { buildCellViews } from '@/features/weak-components/model/cell-views';
import { buildGrid, colourScale } from '@/features/weak-components/model/heatmap-grid';
import type { Translate } from '@/features/weak-components/model/reason-text';
import { splitScreen } from '@/features/weak-components/model/screen-parts';
import { formatHash } from '@/lib/hash-route';
import type { WeakScreenRow } from '@/sql/weak-extra';

let tVi: Translate;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'vi',
    resources: { vi: { weak: weakMessages.vi } },
    interpolation: { escapeValue: false },
  });
  tVi = instance.getFixedT('vi', 'weak');
});

function row(unit: string, component: string, over: Partial<WeakScreenRow> = {}): WeakScreenRow {
  return {
    unit_code: unit,
    unit_name: unit.toUpperCase(),
    unit_level: 'province',
    block: 'province',
    component_code: component,
    year: 2024,
    score: 5,
    max_score: 10,
    pct_of_max: 50,
    rank: 2,
    rank_source: 'computed',
    peer_count: 3,
    previous_year: 2023,
    previous_score: 4.5,
    score_change: 0.5,
    rank_change: 0,
    comparable: true,
    rank_comparable: true,
    not_comparable_reason: null,
    falling_streak: 0,
    best_score: 6,
    median_score: 5,
    q1_score: 4,
    points_lost: 1,
    pct_points_lost: 10,
    is_low: false,
    is_falling: false,
    fell_score: false,
    fell_rank: false,
    reasons: '',
    status: 'scored',
    in_group: true,
    in_list: false,
    list_order: 0,
    unit_order: 0,
    ...over,
  };
}

describe('splitScreen(rows)', () => {
  it('puts group rows in the heatmap, flagged rows in the list, each in its SQL order', () => {
    const parts = splitScreen([
      row('a', 'D1', { unit_order: 2, list_order: 3, in_list: true }),
      row('a', 'D2', { unit_order: 1, list_order: 1, in_list: true }),
      row('b', 'D1', { unit_order: 5, list_order: 2 }),
      row('c', 'D1', { in_group: false, in_list: true, list_order: 0 }),
    ]);
    expect(parts.cells.map((r) => `${r.unit_code}/${r.component_code}`)).toEqual(['a/D1', 'a/D2', 'b/D1']);
    expect(parts.list.map((r) => `${r.unit_code}/${r.component_code}`)).toEqual(['c/D1', 'a/D2', 'a/D1']);
    expect(parts.byUnit.get('a')?.map((r) => r.component_code)).toEqual(['D2', 'D1']);
    expect(parts.byUnit.has('c')).toBe(false);
  });
});

describe('buildCellViews(grid, context)', () => {
  it('links each cell to the trend exactly as formatHash would and names it by its text first', () => {
    const grid = buildGrid([row('ha-noi', 'D1'), row('đà nẵng', 'TOTAL')], 'PAPI');
    const views = buildCellViews(grid, {
      index: 'PAPI',
      mode: 'pct',
      scale: colourScale(grid, 'pct'),
      lang: 'vi',
      component: (code) => code,
      words: cellWords(tVi, (key) => key),
    });
    for (const gridRow of grid.rows) {
      gridRow.cells.forEach((cell, at) => {
        const view = views.get(gridRow.code)?.[at] ?? null;
        if (cell === null) {
          expect(view).toBeNull();
          return;
        }
        const component = grid.columns[at]?.code ?? '';
        expect(view?.href).toBe(
          formatHash('/trends', { index: 'PAPI', unit: gridRow.code, component, lang: 'vi' }),
        );
        expect(view?.label.startsWith(`${view?.text} — `)).toBe(true);
      });
    }
  });
});

describe('the words of a cell', () => {
  it('name the unit, the component and every figure of the cell in words from the messages', () => {
    const grid = buildGrid([row('ha-noi', 'D1', { comparable: false })], 'PAPI');
    const common: Translate = (key) => ({ notComparable: 'không so sánh được' })[key] ?? key;
    const views = buildCellViews(grid, {
      index: 'PAPI',
      mode: 'change',
      scale: colourScale(grid, 'change'),
      lang: 'vi',
      component: () => 'Tham gia',
      words: cellWords(tVi, common),
    });
    expect(views.get('ha-noi')?.[0]).toMatchObject({
      text: '≠',
      title: 'HA-NOI, Tham gia: 5,00 điểm (50,0% tối đa), hạng 2/3, thay đổi không so sánh được. Mở xu hướng',
      label:
        '≠ — HA-NOI, Tham gia: 5,00 điểm (50,0% tối đa), hạng 2/3, thay đổi không so sánh được. Mở xu hướng',
    });
  });
});
