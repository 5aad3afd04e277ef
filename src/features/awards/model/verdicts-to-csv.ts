import type { BandScheme, Rule } from '@/domain/awards/rule-set-types';
import type { UnitVerdict } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import { evidenceText } from './evidence-lines';

export const VERDICT_CSV_COLUMNS = [
  'rule_id',
  'unit_code',
  'unit_name',
  'block',
  'verdict',
  'rank_in_block',
  'evidence',
] as const;

/**
 * Cells a spreadsheet would run as a formula (= + - @, and tab/CR that some tools treat alike) get a
 * leading apostrophe (OWASP "CSV injection"); quotes, commas and line breaks are quoted.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The dossier export: UTF-8 with BOM (Excel opens Vietnamese text correctly), CRLF line ends. */
export function verdictsToCsv(
  verdicts: readonly UnitVerdict[],
  lang: Lang = 'vi',
  bands: readonly BandScheme[] = [],
  rules: readonly Rule[] = [],
): string {
  const lines = [VERDICT_CSV_COLUMNS.join(',')];
  for (const verdict of verdicts) {
    const cells = [
      verdict.ruleId,
      verdict.unitCode,
      verdict.unitName,
      verdict.block,
      verdict.verdict,
      verdict.rankInBlock,
      evidenceText(
        verdict,
        rules.find((rule) => rule.id === verdict.ruleId),
        lang,
        bands,
      ),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
