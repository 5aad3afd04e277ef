import type { BandScheme, Rule } from '@/domain/awards/rule-set-types';
import type { UnitVerdict, Verdict } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import { formatCheck, formatNearMiss, formatPlacingNotes, formatVerdict } from '@/i18n/award-evidence';

export interface EvidenceLine {
  readonly verdict: Verdict;
  readonly text: string;
}

export interface VerdictEvidence {
  readonly lines: readonly EvidenceLine[];
  /** Tie-break and block history: facts about the placing, not checks. */
  readonly notes: readonly string[];
  readonly nearMiss: string | null;
}

// Checks that only restate that nothing happened: kept in the data, left out of the text.
const QUIET = new Set(['not_considered_elsewhere', 'not_candidate']);

/**
 * A verdict's evidence as lines for the screen, the printout and the CSV export (`evidenceText`). A `manual` clause is shown by its
 * own title ("Hoàn thành 100 % nhiệm vụ…: cần Hội đồng xác nhận"), so the council sees what to confirm.
 */
export function evidenceOf(
  verdict: UnitVerdict,
  rule: Rule | undefined,
  lang: Lang,
  bands: readonly BandScheme[],
): VerdictEvidence {
  const lines: EvidenceLine[] = [];
  const seen = new Set<string>();
  const push = (line: EvidenceLine) => {
    if (seen.has(line.text)) return;
    seen.add(line.text);
    lines.push(line);
  };
  for (const result of verdict.clauses) {
    const clause = rule?.clauses.find((candidate) => candidate.id === result.clauseId);
    if (clause?.type === 'manual') {
      push({
        verdict: result.verdict,
        text: `${clause.title[lang]}: ${formatVerdict('needs_confirmation', lang)}`,
      });
      continue;
    }
    for (const check of result.checks)
      if (!QUIET.has(check.reason)) push({ verdict: check.verdict, text: formatCheck(check, lang, bands) });
  }
  const notes = formatPlacingNotes(verdict, lang);
  return { lines, notes, nearMiss: verdict.nearMiss ? formatNearMiss(verdict.nearMiss, lang) : null };
}

/** The same evidence on one line, for a CSV cell: checks, then the placing, then the near miss. */
export function evidenceText(
  verdict: UnitVerdict,
  rule: Rule | undefined,
  lang: Lang,
  bands: readonly BandScheme[],
): string {
  const evidence = evidenceOf(verdict, rule, lang, bands);
  const parts = [...evidence.lines.map((line) => line.text), ...evidence.notes];
  if (evidence.nearMiss) parts.push(evidence.nearMiss);
  return parts.join('; ');
}
