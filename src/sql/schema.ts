/**
 * The long layout of every index (DOMAIN.md §4) plus `block` and provenance. A missing score stays
 * NULL: "not published" is never 0.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS datasets (
    dataset_id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL CHECK (kind IN ('published', 'sample', 'imported')),
    label VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    source VARCHAR,
    added_at VARCHAR,
    -- SHA-256 of an imported file's bytes: the same content is never imported twice.
    content_hash VARCHAR
  )`,
  `CREATE TABLE IF NOT EXISTS scores (
    dataset_id VARCHAR NOT NULL,
    index_code VARCHAR NOT NULL,
    year INTEGER NOT NULL,
    unit_code VARCHAR NOT NULL,
    unit_name VARCHAR NOT NULL,
    unit_level VARCHAR NOT NULL,
    block VARCHAR NOT NULL,
    component_code VARCHAR NOT NULL,
    component_name VARCHAR,
    score DOUBLE,
    max_score DOUBLE,
    rank INTEGER,
    source_line INTEGER
  )`,
];

/** Column order of the long layout as published (DOMAIN.md §4), `block` optional at the end. */
export const LONG_COLUMNS = [
  'index',
  'year',
  'unit_code',
  'unit_name',
  'unit_level',
  'component_code',
  'component_name',
  'score',
  'max_score',
  'rank',
] as const;
export type LongColumn = (typeof LONG_COLUMNS)[number];
export const OPTIONAL_COLUMNS = ['block'] as const;
