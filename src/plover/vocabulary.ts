/**
 * The PLOVER 2.0 vocabulary (types, modes, contexts, quad classes, event scale, statuses, sector and
 * non-state country codes) built from the text of the lexicons/plover/*.tsv tables. Pure and
 * dependency-free: Node reads the files in ./index.ts, the web bundles them as raw text
 * (web/src/labels.ts), so both read one source.
 *
 * @example
 * const v = parseVocabulary({ types: 'AGREE\t1\tno\n', ... });
 * v.quadCode('AGREE'); // 1
 */

/** The TSV text of each table in lexicons/plover/ (file name without `.tsv`). */
export interface PloverTables {
  types: string;
  'quad-classes': string;
  modes: string;
  contexts: string;
  scores: string;
  sectors: string;
  'nonstate-codes': string;
  statuses: string;
}

/** The table names, in the order the files are read. */
export const PLOVER_TABLES: readonly (keyof PloverTables)[] = [
  'types', 'quad-classes', 'modes', 'contexts', 'scores', 'sectors', 'nonstate-codes', 'statuses',
];

export interface QuadClass { code: number; key: string; label: string }

export interface PloverVocabulary {
  /** the 16 event types in the manual's order */
  types: readonly string[];
  /** the four quad classes, code 1..4 */
  quads: readonly QuadClass[];
  /** type → quad code (summary table) */
  quadOf: ReadonlyMap<string, number>;
  /** types whose recipient the manual requires */
  recipientRequired: ReadonlySet<string>;
  /** type → its modes (empty for types without modes) */
  modes: ReadonlyMap<string, readonly string[]>;
  /** the 37 contexts */
  contexts: readonly string[];
  /** "TYPE\tmode" (mode "-" for the bare type) → event scale */
  scores: ReadonlyMap<string, number>;
  /** the 25 sector codes */
  sectors: readonly string[];
  /** non-state country codes (IGO, UNO, EUR, NGO, ...) → meaning */
  nonstate: ReadonlyMap<string, string>;
  /** status (or flag "historical") → PLOVER auxiliary mode, null for none */
  auxiliary: ReadonlyMap<string, string | null>;
  /** quad code of a type, null for an unknown type */
  quadCode(type: string): number | null;
  /** store/API key of a type's quad class ("verbal-coop" ...), null for an unknown type */
  quadClass(type: string): string | null;
  /** the manual's event scale of a type and mode: the mode's row, else the type's row, else 0 */
  eventScale(type: string, mode: string | null): number;
  /** true when `mode` is one of the manual's modes of `type` */
  hasMode(type: string, mode: string): boolean;
}

/** Rows of a TSV text: `#` lines and blank lines dropped, cells trimmed. */
export function tsvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((c) => c.trim()));
  }
  return rows;
}

/** Builds the vocabulary; throws on a malformed table (a build-time fact, not user input). */
export function parseVocabulary(t: PloverTables): PloverVocabulary {
  const types: string[] = [];
  const quadOf = new Map<string, number>();
  const recipientRequired = new Set<string>();
  for (const [type, code, rec] of tsvRows(t.types)) {
    types.push(type);
    quadOf.set(type, Number(code));
    if (rec === 'yes') recipientRequired.add(type);
  }
  const quads = tsvRows(t['quad-classes']).map(([code, key, label]) => ({ code: Number(code), key, label }));
  const modes = new Map<string, string[]>(types.map((x) => [x, []]));
  for (const [type, mode] of tsvRows(t.modes)) {
    const list = modes.get(type);
    if (!list) throw new Error(`lexicons/plover/modes.tsv: unknown type ${type}`);
    list.push(mode);
  }
  const scores = new Map<string, number>();
  for (const [type, mode, s] of tsvRows(t.scores)) scores.set(`${type}\t${mode}`, Number(s));
  const nonstate = new Map(tsvRows(t['nonstate-codes']).map(([c, m]) => [c, m ?? ''] as [string, string]));
  const auxiliary = new Map(tsvRows(t.statuses).map(([s, a]) => [s, a && a !== '-' ? a : null] as [string, string | null]));
  const quadKey = new Map(quads.map((q) => [q.code, q.key]));
  return {
    types,
    quads,
    quadOf,
    recipientRequired,
    modes,
    contexts: tsvRows(t.contexts).map((r) => r[0]),
    scores,
    sectors: tsvRows(t.sectors).map((r) => r[0]),
    nonstate,
    auxiliary,
    quadCode: (type) => quadOf.get(type) ?? null,
    quadClass: (type) => quadKey.get(quadOf.get(type) ?? 0) ?? null,
    eventScale: (type, mode) => scores.get(`${type}\t${mode ?? '-'}`) ?? scores.get(`${type}\t-`) ?? 0,
    hasMode: (type, mode) => modes.get(type)?.includes(mode) ?? false,
  };
}
