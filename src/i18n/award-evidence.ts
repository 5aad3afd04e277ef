import { findBand } from '@/domain/awards/bands';
import type { BandScheme, OrderKey } from '@/domain/awards/rule-set-types';
import type { RuleFileError } from '@/domain/awards/validate-rule-set';
import type { Check, NearMiss, UnitVerdict, Verdict } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import { formatNumber, formatPercent, MISSING } from './format';
import { translator } from './setup';

/** The award engine's messages (src/i18n/award-messages.ts) through i18next, in `lang`. */
const words = (lang: Lang) => translator(lang, 'awardRules');

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

const BAND_REASONS: ReadonlySet<Check['reason']> = new Set(['band_reached', 'band_too_low']);

/** One check as a sentence in the UI language, numbers in that language's format. */
export function formatCheck(check: Check, lang: Lang, bands: readonly BandScheme[] = []): string {
  const t = words(lang);
  // A band is reached by % of max: its figures are percentages.
  const figure = BAND_REASONS.has(check.reason)
    ? (value: number | null | undefined) => formatPercent(value, lang, 2, 'quoted')
    : (value: number | null | undefined) => formatNumber(value, lang);
  return t(`reason.${check.reason}`, {
    subject: subjectOf(check),
    years: formatYears(check.years),
    missing: formatYears(check.missingYears ?? []),
    observed: figure(check.observed),
    previous: formatNumber(check.previous, lang),
    delta: formatNumber(check.delta, lang),
    threshold: figure(check.threshold),
    op: check.op ? t(`op.${check.op}`) : '≥',
    band: bandLabel(check.band, lang, bands),
    otherRule: check.otherRule ?? '',
  });
}

/** "chưa đạt chỉ vì L4 giảm 0,31 điểm". */
export function formatNearMiss(nearMiss: NearMiss, lang: Lang): string {
  const t = words(lang);
  const { check } = nearMiss;
  const component = subjectOf(check);
  let detail: string;
  if (check.reason === 'outside_quota') {
    detail = t('nearMiss.quota', {
      position: formatNumber(check.observed, lang),
      quota: formatNumber(check.threshold, lang),
    });
  } else if (check.reason === 'not_rose' && (check.delta ?? 0) < 0) {
    detail = t('nearMiss.fell', {
      component,
      amount: formatNumber(Math.abs(check.delta ?? 0), lang),
    });
  } else if (check.reason === 'not_rose') {
    detail = t('nearMiss.flat', { component });
  } else if (check.shortfall !== undefined) {
    detail = t('nearMiss.short', { component, amount: formatNumber(check.shortfall, lang) });
  } else {
    detail = formatCheck(check, lang);
  }
  return t('nearMiss.prefix', { detail });
}

export function formatOrderKey(key: OrderKey, year: number, lang: Lang): string {
  const subject = key.component === 'TOTAL' ? key.index : `${key.index} ${key.component}`;
  return words(lang)(`orderKey.${key.source}`, { subject, year });
}

/** "Phân định bằng điểm theo: …", "Đổi khối: …": what a verdict's placing says beside its checks. */
export function formatPlacingNotes(verdict: UnitVerdict, lang: Lang): string[] {
  const t = words(lang);
  const notes: string[] = [];
  const broken = verdict.quota?.tieBrokenBy;
  if (broken === 'unresolved') notes.push(t('tieUnresolved'));
  else if (broken) notes.push(t('tieBreak', { key: formatOrderKey(broken, verdict.judgedYear, lang) }));
  if (verdict.blockHistory.length > 0) {
    const history = verdict.blockHistory.map((entry) => `${entry.block} (${entry.year})`).join(' → ');
    notes.push(t('blockChanged', { history }));
  }
  return notes;
}

/** A verdict word ("Đạt", "Cần Hội đồng xác nhận"). */
export function formatVerdict(verdict: Verdict, lang: Lang): string {
  return words(lang)(`verdict.${verdict}`);
}

/** "dòng 12, trường rules[2].clauses[0].threshold: phải là số". */
export function formatRuleFileError(error: RuleFileError, lang: Lang): string {
  const params = { ...error.params, line: error.line ?? '?', path: error.path || '(tệp)' };
  const t = words(lang);
  if (error.code === 'json_syntax') return t('validation.json_syntax', params);
  return t('validation.location', { ...params, message: t(`validation.${error.code}`, params) });
}
