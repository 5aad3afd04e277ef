import type { Json } from './json-scan';

/** A small, data-only schema language: no code generation, so it runs under the app's strict CSP. */
export type Schema =
  | { readonly kind: 'string'; readonly pattern?: RegExp; readonly oneOf?: readonly string[] }
  | { readonly kind: 'number'; readonly integer?: boolean; readonly min?: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'null' }
  | { readonly kind: 'array'; readonly items: Schema; readonly minItems?: number }
  | ObjectSchema
  | { readonly kind: 'record'; readonly values: Schema }
  | { readonly kind: 'anyOf'; readonly of: readonly Schema[] }
  | {
      readonly kind: 'tagged';
      readonly tag: string;
      readonly variants: Readonly<Record<string, ObjectSchema>>;
    };
export interface ObjectSchema {
  readonly kind: 'object';
  readonly required: Readonly<Record<string, Schema>>;
  readonly optional?: Readonly<Record<string, Schema>>;
}

export interface SchemaIssue {
  readonly code: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
}

const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

export function checkSchema(schema: Schema, value: Json, path = ''): SchemaIssue[] {
  const issue = (code: string, params: SchemaIssue['params'] = {}): SchemaIssue[] => [{ code, path, params }];
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') return issue('expected_string');
      if (schema.oneOf && !schema.oneOf.includes(value))
        return issue('not_one_of', { allowed: schema.oneOf.join(', ') });
      if (schema.pattern && !schema.pattern.test(value))
        return issue('bad_pattern', { pattern: schema.pattern.source });
      return [];
    case 'number':
      if (typeof value !== 'number') return issue('expected_number');
      if (schema.integer && !Number.isInteger(value)) return issue('expected_integer');
      if (schema.min !== undefined && value < schema.min) return issue('too_small', { min: schema.min });
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : issue('expected_boolean');
    case 'null':
      return value === null ? [] : issue('expected_null');
    case 'array':
      if (!Array.isArray(value)) return issue('expected_array');
      if (schema.minItems !== undefined && value.length < schema.minItems)
        return issue('too_few_items', { min: schema.minItems });
      return value.flatMap((item, i) => checkSchema(schema.items, item, `${path}[${i}]`));
    case 'object':
      return checkObject(schema, value, path);
    case 'record':
      if (!isObject(value)) return issue('expected_object');
      return Object.entries(value).flatMap(([key, item]) =>
        checkSchema(schema.values, item, join(path, key)),
      );
    case 'anyOf': {
      const attempts = schema.of.map((option) => checkSchema(option, value, path));
      if (attempts.some((issues) => issues.length === 0)) return [];
      // Report against the option that got furthest (the fewest top-level type mismatches).
      const deepest = attempts.find((issues) => issues.every((i) => i.path !== path)) ?? attempts[0] ?? [];
      return deepest;
    }
    case 'tagged': {
      if (!isObject(value)) return issue('expected_object');
      const tag = value[schema.tag];
      const variant = typeof tag === 'string' ? schema.variants[tag] : undefined;
      if (!variant)
        return [
          {
            code: 'unknown_type',
            path: join(path, schema.tag),
            params: { allowed: Object.keys(schema.variants).join(', ') },
          },
        ];
      return checkObject(variant, value, path);
    }
  }
}

function checkObject(schema: ObjectSchema, value: Json, path: string): SchemaIssue[] {
  if (!isObject(value)) return [{ code: 'expected_object', path, params: {} }];
  const issues: SchemaIssue[] = [];
  for (const [key, child] of Object.entries(schema.required)) {
    const item = value[key];
    if (item === undefined) issues.push({ code: 'required', path: join(path, key), params: {} });
    else issues.push(...checkSchema(child, item, join(path, key)));
  }
  for (const [key, item] of Object.entries(value)) {
    if (key in schema.required || key === '$comment') continue;
    const child = schema.optional?.[key];
    if (!child) issues.push({ code: 'unknown_field', path: join(path, key), params: {} });
    else issues.push(...checkSchema(child, item, join(path, key)));
  }
  return issues;
}
