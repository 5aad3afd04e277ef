import { isIndexCode, type Localized } from '@/domain/catalogue';
import { isTargetKind, type Target } from './targets';

export interface TargetFileResult {
  readonly targets: readonly Target[];
  /** One line per problem, naming the file and the target; a bad target is skipped, never guessed. */
  readonly problems: readonly string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1990 && value <= 2100;

function localized(value: unknown): Localized | null {
  if (!isObject(value) || typeof value.vi !== 'string' || value.vi.trim() === '') return null;
  return { vi: value.vi, en: typeof value.en === 'string' && value.en !== '' ? value.en : value.vi };
}

function readTarget(raw: unknown, plan: Localized, sample: boolean): Target | string {
  if (!isObject(raw)) return 'is not an object';
  const { id, unit, index, component, kind, amount, baselineYear, targetYear } = raw;
  if (typeof id !== 'string' || id === '') return 'has no "id"';
  if (typeof unit !== 'string' || unit === '') return `${id}: "unit" must be a unit code`;
  if (typeof index !== 'string' || !isIndexCode(index)) return `${id}: unknown "index" ${String(index)}`;
  if (!isTargetKind(kind)) return `${id}: "kind" must be rank_up, total_change or value_at_least`;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return `${id}: "amount" must be a number`;
  if (kind === 'rank_up' && (!Number.isInteger(amount) || amount <= 0))
    return `${id}: "amount" of rank_up must be a positive whole number of places`;
  if (!isYear(targetYear)) return `${id}: "targetYear" must be a year`;
  const needsBaseline = kind !== 'value_at_least';
  if (needsBaseline && !isYear(baselineYear)) return `${id}: "baselineYear" is required for ${kind}`;
  if (needsBaseline && isYear(baselineYear) && baselineYear >= targetYear)
    return `${id}: "baselineYear" must be before "targetYear"`;
  const label = localized(raw.label);
  if (!label) return `${id}: "label" needs at least a Vietnamese text`;
  return {
    id,
    unit,
    index,
    component: typeof component === 'string' && component !== '' ? component.toUpperCase() : 'TOTAL',
    kind,
    amount,
    baselineYear: needsBaseline && isYear(baselineYear) ? baselineYear : null,
    targetYear,
    label,
    plan,
    sample,
  };
}

/** Validates one parsed targets file: `{ plan, sample?, targets: [...] }`. */
export function validateTargetFile(json: unknown, fileName: string): TargetFileResult {
  if (!isObject(json) || !Array.isArray(json.targets))
    return { targets: [], problems: [`${fileName}: expected an object with a "targets" list`] };
  const plan = localized(json.plan) ?? { vi: fileName, en: fileName };
  const sample = json.sample === true;
  const targets: Target[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  json.targets.forEach((raw, position) => {
    const result = readTarget(raw, plan, sample);
    if (typeof result === 'string') problems.push(`${fileName}: target ${position + 1} ${result}`);
    else if (seen.has(result.id)) problems.push(`${fileName}: duplicate id ${result.id}`);
    else {
      seen.add(result.id);
      targets.push(result);
    }
  });
  return { targets, problems };
}
