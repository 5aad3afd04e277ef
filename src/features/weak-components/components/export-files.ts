import type { CsvCell } from '@/lib/csv-export';
import { downloadBlob, downloadCsv } from '@/lib/csv-export';
import { toXlsxSheets } from '../model/xlsx-sheets';

export function exportPriorityCsv(
  fileName: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): void {
  downloadCsv(`${fileName}.csv`, header, rows);
}

/**
 * XLSX through write-excel-file, loaded on demand (it is not needed to draw the screen). Its browser
 * entry zips with fflate, which never evaluates code; sheets are kept under fflate's worker threshold
 * (see toXlsxSheets) so no blob: worker is ever created under the CSP.
 */
export async function exportPriorityXlsx(
  fileName: string,
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheets = toXlsxSheets(sheetName, header, rows);
  const blob = await writeXlsxFile(sheets.map((sheet) => ({ ...sheet, data: sheet.data }))).toBlob();
  downloadBlob(blob, `${fileName}.xlsx`);
}
