/**
 * The award facts' own names for the SQL columns that are not simply the column in camelCase
 * (src/domain/awards/fact-types.ts).
 */
const RENAMED = { index_code: 'index', component_code: 'component', unit_level: 'level' } as const;

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;
type FactName<K extends string> = K extends keyof typeof RENAMED ? (typeof RENAMED)[K] : Camel<K>;

/** A row under the award facts' names. */
export type AsFact<T> = { readonly [K in keyof T & string as FactName<K>]: T[K] };

const names = new Map<string, string>(Object.entries(RENAMED));

function factName(column: string): string {
  let name = names.get(column);
  if (name === undefined) {
    name = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    names.set(column, name);
  }
  return name;
}

/**
 * A declared row's columns under the award facts' names: the one place where an award row leaves its
 * SQL names, so no row transform lists them field by field.
 */
export function asFact<T extends Readonly<Record<string, unknown>>>(row: T): AsFact<T> {
  const fact: Record<string, unknown> = {};
  for (const column of Object.keys(row)) fact[factName(column)] = row[column];
  return fact as AsFact<T>;
}
