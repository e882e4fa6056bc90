/**
 * `lagebild eval ner GOLD.jsonl [--news-only] [--json] [--errors N]`: runs the language layer
 * (header, segment, measures, mentions) on each gold sentence with the gold language and scores
 * the mentions by CONTRACT.md: exact span and type over PER/ORG/LOC, GPE counted as LOC; gold
 * OTH/MISC and the *deriv/*part variants are ignored on both sides. Two readings are computed:
 * strict (the literal contract and the default: those gold entities are dropped, predicted MISC
 * is dropped, every other prediction counts) and lenient (in addition, a predicted name lying
 * on an ignored gold entity is not counted, e.g. ORG "Pentagon" inside a gold ORGpart token).
 * Micro P/R/F1 and per type. `--strict` prints only the strict table, `--lenient` only the
 * lenient one; without either both are printed, strict first.
 *
 * @example
 * lagebild eval ner ../shared/eval/de-ner/germeval-dev.jsonl --news-only
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../contract/schema.js';
import { langOr } from '../lang/packs.js';
import { CliError } from '../cli/errors.js';
import { createDoc } from '../doc/doc.js';
import { createPipeline } from '../pipeline/pipeline.js';

/** The scored entity types. */
export const NER_TYPES = ['PER', 'ORG', 'LOC'] as const;
type Scored = (typeof NER_TYPES)[number];

/** A typed span. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** True counts per type (and over all types under "ALL"). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall, F1 of counts. */
export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Maps a gold or predicted type to the scored type, or null when it is ignored. */
export function scoredType(type: string): Scored | null {
  if (type === 'GPE') return 'LOC';
  return (NER_TYPES as readonly string[]).includes(type) ? (type as Scored) : null;
}

function overlaps(a: TypedSpan, b: TypedSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Scores one sentence into `counts` (keyed by type and "ALL").
 *
 * @example
 * scoreSentence([{start:0,end:5,type:'PER'}], [{start:0,end:5,type:'PER'}], counts);
 */
export function scoreSentence(gold: TypedSpan[], predicted: TypedSpan[], counts: Map<string, Counts>, strict = true): void {
  const g = gold.filter((e) => scoredType(e.type)).map((e) => ({ ...e, type: scoredType(e.type)! }));
  const ignored = strict ? [] : gold.filter((e) => !scoredType(e.type));
  const p = predicted
    .filter((e) => scoredType(e.type))
    .map((e) => ({ ...e, type: scoredType(e.type)! }))
    .filter((e) => !ignored.some((x) => overlaps(x, e)) || g.some((x) => x.start === e.start && x.end === e.end));
  const bump = (type: string, k: keyof Counts) => {
    for (const key of [type, 'ALL']) {
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { tp: 0, fp: 0, fn: 0 }));
      c[k]++;
    }
  };
  const matched = new Set<number>();
  for (const e of p) {
    const hit = g.findIndex((x, i) => !matched.has(i) && x.start === e.start && x.end === e.end && x.type === e.type);
    if (hit >= 0) {
      matched.add(hit);
      bump(e.type, 'tp');
    } else bump(e.type, 'fp');
  }
  g.forEach((x, i) => {
    if (!matched.has(i)) bump(x.type, 'fn');
  });
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function figures(c: Counts): Figures {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

interface GoldLine {
  id: string;
  lang: Lang;
  text: string;
  entities: TypedSpan[];
  news?: boolean;
}

/** Result of a run: figures per type and overall (strict reading), sentence count, seconds; `lenient` holds the lenient reading. */
export interface NerEvalResult {
  file: string;
  sentences: number;
  newsOnly: boolean;
  /** which reading `all`/`byType` hold */
  reading: 'strict' | 'lenient';
  all: Figures;
  byType: Record<string, Figures>;
  /** the lenient reading (a prediction overlapping an ignored gold entity is not counted) */
  lenient: { all: Figures; byType: Record<string, Figures> };
  seconds: number;
}

const pipeline = () => createPipeline(['header', 'segment', 'measures', 'mentions']);

/** Reads a gold file and scores the engine on it. `errors` collects mismatches for inspection. */
/**
 * `half`: only the even- or odd-numbered lines of the file (1-based line numbers, blank lines
 * not counted), so that errors can be studied on one half and the other kept as a check.
 */
export function runNerEval(path: string, opts: { newsOnly?: boolean; errors?: string[]; half?: 'even' | 'odd' } = {}): NerEvalResult {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const p = pipeline();
  const counts = new Map<string, Counts>();
  const lenientCounts = new Map<string, Counts>();
  let n = 0;
  const t0 = performance.now();
  lines.forEach((line, k) => {
    let g: GoldLine;
    try {
      g = JSON.parse(line) as GoldLine;
    } catch {
      throw new CliError(`${path}:${k + 1}: not a JSON line`);
    }
    if (typeof g.text !== 'string' || !Array.isArray(g.entities)) throw new CliError(`${path}:${k + 1}: needs "text" and "entities"`);
    if (opts.newsOnly && g.news !== true) return;
    if (opts.half && ((k + 1) % 2 === 0) !== (opts.half === 'even')) return;
    n++;
    const doc = createDoc({ id: g.id ?? String(k), text: g.text, lang: langOr(g.lang, 'de'), date: null });
    p.run(doc);
    const pred = doc.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type }));
    scoreSentence(g.entities, pred, counts, true);
    scoreSentence(g.entities, pred, lenientCounts, false);
    if (opts.errors) {
      const show = (e: TypedSpan) => `${g.text.slice(e.start, e.end)}/${e.type}`;
      const gs = g.entities.filter((e) => scoredType(e.type)).map(show).join(' | ');
      const ps = pred.filter((e) => scoredType(e.type)).map(show).join(' | ');
      if (gs.replace(/GPE/g, 'LOC') !== ps.replace(/GPE/g, 'LOC')) opts.errors.push(`${g.text}\n  gold: ${gs}\n  pred: ${ps}`);
    }
  });
  const zero = { tp: 0, fp: 0, fn: 0 };
  const byTypeOf = (c: Map<string, Counts>) => Object.fromEntries(NER_TYPES.map((t) => [t, figures(c.get(t) ?? zero)]));
  return {
    file: path, sentences: n, newsOnly: !!opts.newsOnly, reading: 'strict',
    all: figures(counts.get('ALL') ?? zero), byType: byTypeOf(counts),
    lenient: { all: figures(lenientCounts.get('ALL') ?? zero), byType: byTypeOf(lenientCounts) },
    seconds: (performance.now() - t0) / 1000,
  };
}

/** The result as a small plain-text table: the strict reading, then (unless `only` says otherwise) the lenient one. */
export function formatTable(r: NerEvalResult, only?: 'strict' | 'lenient'): string {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, x: Figures) => `${name.padEnd(5)} ${f(x.precision)}  ${f(x.recall)}  ${f(x.f1)}  ${String(x.tp).padStart(5)} ${String(x.fp).padStart(5)} ${String(x.fn).padStart(5)}`;
  const table = (title: string, all: Figures, byType: Record<string, Figures>) => [
    title, 'type  P      R      F1        tp    fp    fn', ...NER_TYPES.map((t) => row(t, byType[t])), row('ALL', all),
  ];
  return [
    `${r.file}${r.newsOnly ? ' (news only)' : ''}: ${r.sentences} sentences, ${r.seconds.toFixed(1)} s`,
    ...(only !== 'lenient' ? table('strict (CONTRACT.md: ignored gold dropped, predicted MISC dropped, every other prediction counts)', r.all, r.byType) : []),
    ...(only !== 'strict' ? table('lenient (also not counted: a prediction overlapping an ignored gold entity)', r.lenient.all, r.lenient.byType) : []),
  ].join('\n');
}

/** CLI entry (see the module comment). */
export async function evaluate(goldPath: string, argv: string[]): Promise<number> {
  const known = new Set(['--news-only', '--json', '--errors', '--strict', '--lenient']);
  for (const a of argv) if (a.startsWith('--') && !known.has(a)) throw new CliError(`unknown option ${a} (known: ${[...known].join(', ')})`);
  const ei = argv.indexOf('--errors');
  const errors = ei >= 0 ? [] as string[] : undefined;
  const r = runNerEval(goldPath, { newsOnly: argv.includes('--news-only'), errors });
  if (argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else console.log(formatTable(r, argv.includes('--strict') ? 'strict' : argv.includes('--lenient') ? 'lenient' : undefined));
  if (errors) {
    const max = Number(argv[ei + 1]) || 50;
    for (const e of errors.slice(0, max)) console.error(e);
  }
  return 0;
}
