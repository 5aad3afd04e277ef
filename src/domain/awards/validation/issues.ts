import type * as v from 'valibot';

/** One problem found in a rule file: a message code (src/i18n/award-messages.ts), the field, its data. */
export interface SchemaIssue {
  readonly code: string;
  /** Field path such as `rules[2].clauses[0].threshold`; '' for the whole file. */
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
}

type Issue = v.BaseIssue<unknown>;

const pathOf = (issue: Issue): (string | number)[] =>
  (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));

/** `("PAR" | "SIPAS")` → `PAR, SIPAS`: the allowed values as the message lists them. */
const allowed = (expected: string | null): string =>
  (expected ?? '')
    .replace(/^\(|\)$/g, '')
    .replaceAll('"', '')
    .split(' | ')
    .join(', ');

const TYPE_CODES: Readonly<Record<string, string>> = {
  string: 'expected_string',
  number: 'expected_number',
  boolean: 'expected_boolean',
  null: 'expected_null',
  array: 'expected_array',
  integer: 'expected_integer',
};

/** Valibot's issue in the words of the rule-file messages (the codes the user's language words). */
function toIssue(issue: Issue): SchemaIssue {
  const segments = pathOf(issue);
  const path = pathText(segments);
  const at = (code: string, params: SchemaIssue['params'] = {}): SchemaIssue => ({ code, path, params });
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'strict_object':
    case 'object':
    case 'record':
      if (issue.expected === 'never') return at('unknown_field');
      if (issue.received === 'undefined' && segments.length > 0 && issue.expected !== 'Object')
        return at('required');
      return at('expected_object');
    case 'variant':
      return issue.expected === 'Object'
        ? at('expected_object')
        : at('unknown_type', { allowed: allowed(issue.expected) });
    case 'picklist':
    case 'literal':
      return at('not_one_of', { allowed: allowed(issue.expected) });
    case 'regex':
      return at('bad_pattern', { pattern: requirement instanceof RegExp ? requirement.source : '' });
    case 'min_value':
      return at('too_small', { min: Number(requirement) });
    case 'min_length':
      return at('too_few_items', { min: Number(requirement) });
    default:
      return at(TYPE_CODES[issue.type] ?? 'expected_object');
  }
}

/**
 * A union that fails (a threshold is a number or a list of spans) is reported against the option that
 * got furthest: issues inside the value win over a mismatch of the value's own type. Valibot keeps
 * the options' issues with paths from the union's value, so they are put under its path here.
 */
function unfold(issue: Issue): Issue[] {
  if (issue.type !== 'union' || !issue.issues?.length) return [issue];
  const under = (inner: Issue): Issue => ({
    ...inner,
    path: [...(issue.path ?? []), ...(inner.path ?? [])] as Issue['path'],
  });
  const deeper = issue.issues.filter((inner) => (inner.path?.length ?? 0) > 0);
  return (deeper.length > 0 ? deeper : issue.issues.slice(0, 1)).map(under).flatMap(unfold);
}

/** The issues of a failed parse, one per field (the first found), in the file's order of checks. */
export function toSchemaIssues(issues: readonly Issue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues
    .flatMap(unfold)
    .map(toIssue)
    .filter((issue) => {
      if (seen.has(issue.path)) return false;
      seen.add(issue.path);
      return true;
    });
}

/** `['rules', 2, 'clauses', 0]` → `rules[2].clauses[0]`, as messages name a field. */
export function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? segment : `${text}.${segment}`,
    '',
  );
}

/** `rules[2].clauses[0]` → `['rules', 2, 'clauses', 0]`: where to look the field up in the file. */
export function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  );
}
