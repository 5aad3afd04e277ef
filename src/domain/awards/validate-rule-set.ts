import type { BandScheme, RuleSet } from './rule-set-types';
import { type Scanned, scanJson } from './validation/json-scan';
import { BAND_REGISTRY_SCHEMA, RULE_SET_SCHEMA } from './validation/rule-set-schema';
import { checkSchema, type Schema, type SchemaIssue } from './validation/schema';
import { checkBandSchemes, checkSemantics } from './validation/semantic-checks';

/** One problem in a rule file: a message code (src/i18n/award-messages.ts), where, and its data. */
export interface RuleFileError {
  readonly code: string;
  /** 1-based line of the field in the file; null when the file text is not known. */
  readonly line: number | null;
  /** Field path such as `rules[2].clauses[0].threshold`; '' for the whole file. */
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly RuleFileError[] };

/** The line of a path, or of its nearest parent that is in the file (a missing field → its object). */
export function lineOf(lines: ReadonlyMap<string, number>, path: string): number | null {
  let current = path;
  for (;;) {
    const line = lines.get(current);
    if (line !== undefined) return line;
    if (current === '') return null;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut <= 0 ? '' : current.slice(0, cut);
  }
}

function locate(issues: readonly SchemaIssue[], scanned: Scanned): RuleFileError[] {
  return issues.map((issue) => ({ ...issue, line: lineOf(scanned.lines, issue.path) }));
}

function parse(text: string): Scanned | RuleFileError {
  const scanned = scanJson(text);
  if ('value' in scanned) return scanned;
  return { code: 'json_syntax', line: scanned.line, path: '', params: { column: scanned.column } };
}

function validateText<T>(
  text: string,
  schema: Schema,
  semantics: (value: T) => SchemaIssue[],
): ValidationResult<T> {
  const scanned = parse(text);
  if (!('value' in scanned)) return { ok: false, errors: [scanned] };
  const structural = locate(checkSchema(schema, scanned.value), scanned);
  if (structural.length > 0) return { ok: false, errors: structural };
  // The schema has just proved the shape: from here the value is typed.
  const value = scanned.value as unknown as T;
  const semantic = locate(semantics(value), scanned);
  return semantic.length > 0 ? { ok: false, errors: semantic } : { ok: true, value };
}

/** Validates a rule-set file (bundled or loaded by a user); a file with any error is not used. */
export function validateRuleSet(text: string): ValidationResult<RuleSet> {
  return validateText<RuleSet>(text, RULE_SET_SCHEMA, checkSemantics);
}

/** Validates a band registry file (data/registry/*-bands.json). */
export function validateBandRegistry(text: string): ValidationResult<readonly BandScheme[]> {
  const result = validateText<{ schemes: readonly BandScheme[] }>(text, BAND_REGISTRY_SCHEMA, (value) =>
    checkBandSchemes(value.schemes, 'schemes'),
  );
  return result.ok ? { ok: true, value: result.value.schemes } : result;
}
