import type { CsvCell } from '@/lib/csv-export';
import type { WeakRow } from '@/sql/weak-components';

/** Names the export needs, resolved by the caller in the export's language. */
export interface ExportLabels {
  readonly level: (code: string) => string;
  readonly block: (code: string) => string;
  readonly component: (code: string) => string;
  readonly reason: (row: WeakRow) => string;
}

/**
 * The secretariat's follow-up table: Vietnamese headers whatever the screen language (it is filed
 * as is), raw numbers (never formatted text) so a spreadsheet can sort and sum them.
 */
export const PRIORITY_HEADER = [
  'STT',
  'Đơn vị',
  'Mã đơn vị',
  'Cấp',
  'Khối',
  'Thành phần',
  'Mã thành phần',
  'Năm',
  'Điểm',
  'Điểm tối đa',
  '% điểm tối đa',
  'Hạng',
  'Số đơn vị so sánh',
  'Điểm cao nhất nhóm',
  'Trung vị nhóm',
  'Tứ phân vị dưới',
  'Điểm thua đơn vị cao nhất',
  'Năm so sánh',
  'Điểm năm so sánh',
  'Thay đổi điểm',
  'Thay đổi hạng (+ = tăng bậc)',
  'Số năm giảm liên tiếp',
  'Lý do',
] as const;

/** Rounded so a file does not show binary noise (85.31999999); 4 decimals keep every published digit. */
function round(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value * 10_000) / 10_000;
}

export function priorityRows(rows: readonly WeakRow[], labels: ExportLabels): CsvCell[][] {
  return rows.map((row, position) => [
    position + 1,
    row.unit_name,
    row.unit_code,
    labels.level(row.unit_level),
    row.block === row.unit_level ? '' : labels.block(row.block),
    labels.component(row.component_code),
    row.component_code,
    row.year,
    round(row.score),
    round(row.max_score),
    round(row.pct_of_max),
    row.rank,
    row.peer_count,
    round(row.best_score),
    round(row.median_score),
    round(row.q1_score),
    round(row.points_lost),
    row.previous_year,
    round(row.previous_score),
    round(row.score_change),
    row.rank_change,
    row.falling_streak,
    labels.reason(row),
  ]);
}
