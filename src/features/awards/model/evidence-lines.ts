import type { BandScheme, Rule } from '@/domain/awards/rule-set-types';
import type { UnitVerdict, Verdict } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import { formatCheck, formatNearMiss, formatOrderKey, message } from '@/i18n/award-evidence';

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

// The same checks formatEvidence leaves out of the CSV: they only say that nothing happened.
const QUIET = new Set(['not_considered_elsewhere', 'not_candidate']);

/**
 * A verdict's evidence as lines for the screen and the printout. A `manual` clause is shown by its
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
        text: `${clause.title[lang]}: ${message(lang, 'verdict.needs_confirmation')}`,
      });
      continue;
    }
    for (const check of result.checks)
      if (!QUIET.has(check.reason)) push({ verdict: check.verdict, text: formatCheck(check, lang, bands) });
  }
  const notes: string[] = [];
  const broken = verdict.quota?.tieBrokenBy;
  if (broken === 'unresolved') notes.push(message(lang, 'tieUnresolved'));
  else if (broken)
    notes.push(message(lang, 'tieBreak', { key: formatOrderKey(broken, verdict.judgedYear, lang) }));
  if (verdict.blockHistory.length > 0) {
    const history = verdict.blockHistory.map((entry) => `${entry.block} (${entry.year})`).join(' → ');
    notes.push(message(lang, 'blockChanged', { history }));
  }
  return { lines, notes, nearMiss: verdict.nearMiss ? formatNearMiss(verdict.nearMiss, lang) : null };
}
