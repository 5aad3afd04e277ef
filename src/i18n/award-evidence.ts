import { findBand } from '@/domain/awards/bands';
import type { BandScheme, OrderKey } from '@/domain/awards/rule-set-types';
import type { RuleFileError } from '@/domain/awards/validate-rule-set';
import type { Check, NearMiss, UnitVerdict } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import { awardMessages } from './award-messages';
import { formatNumber, MISSING } from './format';

/** Checks that only restate that nothing happened; kept in the data, left out of the text. */
const QUIET = new Set<Check['reason']>(['not_considered_elsewhere', 'not_candidate']);

/** i18next-style `{{x}}` interpolation, so the CSV export reads the same messages as the UI. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function message(
  lang: Lang,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return interpolate(awardMessages[lang][key] ?? key, params);
}

function formatYears(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return '';
  const consecutive = years.every((year, i) => year === first + i);
  return consecutive && years.length > 1 ? `${first}–${last}` : years.join(', ');
}

function subjectOf(check: Check): string {
  if (!check.index) return '';
  return check.component && check.component !== 'TOTAL' ? `${check.index} ${check.component}` : check.index;
}

function bandLabel(bandId: string | null | undefined, lang: Lang, bands: readonly BandScheme[]): string {
  if (!bandId) return MISSING;
  return findBand(bands, bandId)?.band.label[lang] ?? bandId;
}

/** One check as a sentence in the UI language, numbers in that language's format. */
export function formatCheck(check: Check, lang: Lang, bands: readonly BandScheme[] = []): string {
  return message(lang, `reason.${check.reason}`, {
    subject: subjectOf(check),
    years: formatYears(check.years),
    missing: formatYears(check.missingYears ?? []),
    observed: formatNumber(check.observed, lang),
    previous: formatNumber(check.previous, lang),
    delta: formatNumber(check.delta, lang),
    threshold: formatNumber(check.threshold, lang),
    op: check.op ? message(lang, `op.${check.op}`) : '≥',
    band: bandLabel(check.band, lang, bands),
    otherRule: check.otherRule ?? '',
  });
}

/** "chưa đạt chỉ vì L4 giảm 0,31 điểm". */
export function formatNearMiss(nearMiss: NearMiss, lang: Lang): string {
  const { check } = nearMiss;
  const component = subjectOf(check);
  let detail: string;
  if (check.reason === 'outside_quota') {
    detail = message(lang, 'nearMiss.quota', {
      position: formatNumber(check.observed, lang),
      quota: formatNumber(check.threshold, lang),
    });
  } else if (check.reason === 'not_rose' && (check.delta ?? 0) < 0) {
    detail = message(lang, 'nearMiss.fell', {
      component,
      amount: formatNumber(Math.abs(check.delta ?? 0), lang),
    });
  } else if (check.reason === 'not_rose') {
    detail = message(lang, 'nearMiss.flat', { component });
  } else if (check.shortfall !== undefined) {
    detail = message(lang, 'nearMiss.short', { component, amount: formatNumber(check.shortfall, lang) });
  } else {
    detail = formatCheck(check, lang);
  }
  return message(lang, 'nearMiss.prefix', { detail });
}

export function formatOrderKey(key: OrderKey, year: number, lang: Lang): string {
  const subject = key.component === 'TOTAL' ? key.index : `${key.index} ${key.component}`;
  return message(lang, `orderKey.${key.source}`, { subject, year });
}

/** Every check of a verdict, then the tie-break, block change and near miss: the readable evidence. */
export function formatEvidence(verdict: UnitVerdict, lang: Lang, bands: readonly BandScheme[] = []): string {
  const texts = verdict.clauses.flatMap((clause) =>
    clause.checks.filter((check) => !QUIET.has(check.reason)).map((check) => formatCheck(check, lang, bands)),
  );
  const parts = [...new Set(texts)];
  const broken = verdict.quota?.tieBrokenBy;
  if (broken === 'unresolved') parts.push(message(lang, 'tieUnresolved'));
  else if (broken)
    parts.push(message(lang, 'tieBreak', { key: formatOrderKey(broken, verdict.judgedYear, lang) }));
  if (verdict.blockHistory.length > 0) {
    const history = verdict.blockHistory.map((entry) => `${entry.block} (${entry.year})`).join(' → ');
    parts.push(message(lang, 'blockChanged', { history }));
  }
  if (verdict.nearMiss) parts.push(formatNearMiss(verdict.nearMiss, lang));
  return parts.join('; ');
}

/** "dòng 12, trường rules[2].clauses[0].threshold: phải là số". */
export function formatRuleFileError(error: RuleFileError, lang: Lang): string {
  const params = { ...error.params, line: error.line ?? '?', path: error.path || '(tệp)' };
  if (error.code === 'json_syntax') return message(lang, 'validation.json_syntax', params);
  return message(lang, 'validation.location', {
    ...params,
    message: message(lang, `validation.${error.code}`, params),
  });
}
