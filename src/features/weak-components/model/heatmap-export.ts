import type { CsvCell } from '@/lib/csv-export';
import type { HeatmapCell } from '@/sql/heatmap';
import type { ExportLabels } from './export-rows';

/** The heatmap's numbers in long form (one line per cell): its data table and CSV. */
export const HEATMAP_HEADER = [
  'Đơn vị',
  'Mã đơn vị',
  'Thành phần',
  'Mã thành phần',
  'Điểm',
  'Điểm tối đa',
  '% điểm tối đa',
  'Hạng',
  'Số đơn vị so sánh',
  'Năm so sánh',
  'Thay đổi điểm',
  'Thay đổi hạng (+ = tăng bậc)',
  'Ghi chú',
] as const;

export function heatmapRows(
  cells: readonly HeatmapCell[],
  labels: Pick<ExportLabels, 'component'>,
  notes: { notPublished: string; notComparable: string },
): CsvCell[][] {
  return cells.map((cell) => [
    cell.unit_name,
    cell.unit_code,
    labels.component(cell.component_code),
    cell.component_code,
    cell.score,
    cell.max_score,
    cell.pct_of_max === null ? null : Math.round(cell.pct_of_max * 100) / 100,
    cell.rank,
    cell.peer_count,
    cell.previous_year,
    cell.score_change,
    cell.rank_change,
    cell.status === 'not_published'
      ? notes.notPublished
      : cell.comparable === false
        ? notes.notComparable
        : '',
  ]);
}
