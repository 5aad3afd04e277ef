import * as v from 'valibot';
import type { BandScheme, RuleSet } from './rule-set-types';
import { pathSegments, type SchemaIssue, toSchemaIssues } from './validation/issues';
import { type LocatedJson, locateJson } from './validation/json-locations';
import { BAND_REGISTRY, RULE_SET } from './validation/rule-set-schema';
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

/** A missing field is pointed at its object's line: `lineOf` falls back to the nearest parent. */
function locate(issues: readonly SchemaIssue[], located: LocatedJson): RuleFileError[] {
  return issues.map((issue) => ({ ...issue, line: located.lineOf(pathSegments(issue.path)) }));
}

/** Reads the text (jsonc-parser, for lines), checks its shape (valibot), then what a schema cannot say. */
function validateText<TSchema extends v.GenericSchema, T>(
  text: string,
  schema: TSchema,
  semantics: (value: v.InferOutput<TSchema>) => SchemaIssue[],
  result: (value: v.InferOutput<TSchema>) => T,
): ValidationResult<T> {
  const located = locateJson(text);
  if (!('value' in located))
    return {
      ok: false,
      errors: [{ code: 'json_syntax', line: located.line, path: '', params: { column: located.column } }],
    };
  const parsed = v.safeParse(schema, located.value);
  if (!parsed.success) return { ok: false, errors: locate(toSchemaIssues(parsed.issues), located) };
  const semantic = locate(semantics(parsed.output), located);
  return semantic.length > 0 ? { ok: false, errors: semantic } : { ok: true, value: result(parsed.output) };
}

/** Validates a rule-set file (bundled or loaded by a user); a file with any error is not used. */
export function validateRuleSet(text: string): ValidationResult<RuleSet> {
  return validateText(text, RULE_SET, checkSemantics, (value) => value);
}

/** Validates a band registry file (data/registry/*-bands.json). */
export function validateBandRegistry(text: string): ValidationResult<readonly BandScheme[]> {
  return validateText(
    text,
    BAND_REGISTRY,
    (value) => checkBandSchemes(value.schemes, 'schemes'),
    (value) => value.schemes,
  );
}
