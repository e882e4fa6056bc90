/**
 * The SQL dialect object (kysely style): the few places where SQLite and PostgreSQL spell the
 * same query differently. The shared queries (queries.ts) are written once against it; each store
 * keeps only what truly differs (connection, transactions, bulk writes, measured plan overrides).
 * docs/store.md, "Shared SQL", says why each hook exists.
 *
 * @example
 * const P = new Params(POSTGRES);
 * `SELECT * FROM quotes q WHERE ${POSTGRES.ilike('q.speaker', P.p('%Merz%'))}` // … q.speaker ILIKE $1
 */

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** the placeholder of the i-th parameter (1-based); a placeholder may be used more than once */
  param(i: number): string;
  /** the values in the form the driver binds (SQLite: named @p1…, PostgreSQL: positional $1…) */
  bind(values: unknown[]): unknown[];
  /** case-insensitive substring test against a likePattern() value (backslash escapes) */
  ilike(expr: string, pattern: string): string;
  /** number of rows of the group meeting `cond` */
  countIf(cond: string): string;
  /** sum of `expr` over the rows of the group meeting `cond`; 0 when none */
  sumIf(expr: string, cond: string): string;
  /** a boolean condition as 0/1 */
  asInt(cond: string): string;
  /** `expr DESC` with NULLs after every value (SQLite's default; PostgreSQL's needs saying) */
  descNullsLast(expr: string): string;
  /** text compared byte by byte, as SQLite always does (PostgreSQL otherwise follows the locale) */
  bytewise(expr: string): string;
  /** the smaller / larger of two values */
  least(a: string, b: string): string;
  greatest(a: string, b: string): string;
  /** the first n characters of a text */
  left(expr: string, n: number): string;
  /** an aggregate of the group's values into an array (read back with readArray) */
  arrayAgg(expr: string): string;
  /** rows of one text column `value` from an array parameter (bound with arrayValue) */
  fromArray(param: string): string;
  /** an array of texts as the parameter fromArray() reads */
  arrayValue(values: string[]): unknown;
  /** an aggregated array / a stored JSON value as the driver returns them → JS */
  readArray(v: unknown): unknown[];
  readJson<T>(v: unknown): T;
  /** an index hint after a table name (SQLite's INDEXED BY, a measured plan; PostgreSQL has none) */
  indexedBy(index: string): string;
  /**
   * an inner join whose left table stays the outer loop (SQLite: CROSS JOIN, which its planner does
   * not reorder; a measured plan): e.g. articles scanned in date order, so an ORDER BY on them with a
   * LIMIT stops early instead of sorting every joined row. PostgreSQL: JOIN, its planner decides.
   */
  readonly joinInOrder: string;
  /** the integer insertion key of the layer tables (SQLite: rowid; PostgreSQL: bigserial id) */
  readonly rowId: string;
}

const parseIfString = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** SQLite (better-sqlite3). */
export const SQLITE: Dialect = {
  name: 'sqlite',
  param: (i) => `@p${i}`,
  bind: (values) => (values.length ? [Object.fromEntries(values.map((v, i) => [`p${i + 1}`, v]))] : []),
  ilike: (expr, pattern) => `${expr} LIKE ${pattern} ESCAPE '\\'`,
  countIf: (cond) => `sum(CASE WHEN ${cond} THEN 1 ELSE 0 END)`,
  sumIf: (expr, cond) => `sum(CASE WHEN ${cond} THEN ${expr} ELSE 0 END)`,
  asInt: (cond) => `(${cond})`,
  descNullsLast: (expr) => `${expr} DESC`,
  bytewise: (expr) => expr,
  least: (a, b) => `min(${a}, ${b})`,
  greatest: (a, b) => `max(${a}, ${b})`,
  left: (expr, n) => `substr(${expr}, 1, ${n})`,
  arrayAgg: (expr) => `json_group_array(${expr})`,
  fromArray: (param) => `SELECT value FROM json_each(${param})`,
  arrayValue: (values) => JSON.stringify(values),
  readArray: (v) => (parseIfString(v) as unknown[] | null) ?? [],
  readJson: <T>(v: unknown) => parseIfString(v) as T,
  indexedBy: (index) => ` INDEXED BY ${index}`,
  joinInOrder: 'CROSS JOIN',
  rowId: 'rowid',
};

/** PostgreSQL (pg). */
export const POSTGRES: Dialect = {
  name: 'postgres',
  param: (i) => `$${i}`,
  bind: (values) => values,
  ilike: (expr, pattern) => `${expr} ILIKE ${pattern}`,
  countIf: (cond) => `count(*) FILTER (WHERE ${cond})`,
  sumIf: (expr, cond) => `coalesce(sum(${expr}) FILTER (WHERE ${cond}), 0)`,
  asInt: (cond) => `(${cond})::int`,
  descNullsLast: (expr) => `${expr} DESC NULLS LAST`,
  bytewise: (expr) => `${expr} COLLATE "C"`,
  least: (a, b) => `least(${a}, ${b})`,
  greatest: (a, b) => `greatest(${a}, ${b})`,
  left: (expr, n) => `left(${expr}, ${n})`,
  arrayAgg: (expr) => `array_agg(${expr})`,
  fromArray: (param) => `SELECT unnest(${param}::text[]) AS value`,
  arrayValue: (values) => values,
  readArray: (v) => (v as unknown[] | null) ?? [],
  readJson: <T>(v: unknown) => parseIfString(v) as T,
  indexedBy: () => '',
  joinInOrder: 'JOIN',
  rowId: 'id',
};

/** Collects the parameters of one statement: `p(v)` appends v and returns its placeholder. */
export class Params {
  readonly values: unknown[] = [];
  constructor(readonly d: Dialect) {}

  p(v: unknown): string {
    this.values.push(v);
    return this.d.param(this.values.length);
  }
}

/** A statement and its values, ready for the store's executor. */
export interface Stmt {
  sql: string;
  values: unknown[];
}
