import type { BandScheme, Rule } from '@/domain/awards/rule-set-types';
import type { UnitVerdict } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import { toCsv } from '@/lib/csv-writer';
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

/** The dossier export, written by the one CSV writer (BOM, CRLF, formula guard). */
export function verdictsToCsv(
  verdicts: readonly UnitVerdict[],
  lang: Lang = 'vi',
  bands: readonly BandScheme[] = [],
  rules: readonly Rule[] = [],
): string {
  return toCsv(
    VERDICT_CSV_COLUMNS,
    verdicts.map((verdict) => [
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
    ]),
  );
}
