/**
 * `lagebild eval quotes GOLD [--json]`: runs the engine (header..quotes) on the articles of a
 * gold file and scores its quotes by CONTRACT.md. Two gold layouts:
 * - JSON Lines quote gold (../shared/eval/README.md): article + quotes with [[start,end],...] spans;
 * - the seed gold.json (name gold): quote texts located in the article, speakers by actor name
 *   or alias; the article is gold.doc.file relative to the parent of the gold file's folder.
 *
 * @example
 * lagebild eval quotes ../shared/eval/de-quotes/dev.jsonl --json
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';
import type { Lang } from '../contract/schema.js';
import { langOr } from '../lang/packs.js';
import { createDoc, type Doc } from '../doc/doc.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { scoreQuotes, type GoldQuote, type PredQuote, type QuoteScore, type Range, type ScoreDoc } from '../quotes/score.js';

/** Stages run for a quotes evaluation (no events: they do not change quotes). */
export const QUOTE_STAGES = ['header', 'segment', 'mentions', 'actors', 'quotes'] as const;

interface Article {
  id: string;
  text: string;
  lang: Lang;
  date: string | null;
  gold: GoldQuote[];
}

interface JsonlQuote {
  type: string | null;
  quote: [number, number][];
  speaker: [number, number][];
}

interface SeedGold {
  doc: { file: string; lang: Lang; date: string | null };
  actors: { name: string; aliases?: string[] }[];
  quotes: { text: string; speaker: string | null; type: string | string[] | null; required?: boolean }[];
}

/** Reads a JSON Lines quote gold file into articles with gold quotes. */
function readJsonl(path: string, source: string): Article[] {
  const out: Article[] = [];
  source.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let r: { id?: string; text: string; lang?: Lang; date?: string | null; quotes?: JsonlQuote[] };
    try {
      r = JSON.parse(line);
    } catch {
      throw new CliError(`${path}:${n + 1}: not JSON`);
    }
    if (typeof r.text !== 'string' || !Array.isArray(r.quotes)) throw new CliError(`${path}:${n + 1}: not a quote gold record (needs "text" and "quotes")`);
    out.push({
      id: r.id ?? `line-${n + 1}`,
      text: r.text,
      lang: langOr(r.lang, 'de'),
      date: r.date ?? null,
      gold: r.quotes.map((q) => ({
        spans: q.quote.map(([s, e]) => [s, e] as Range),
        speakerSpans: q.speaker.map(([s, e]) => [s, e] as Range),
        type: q.type,
      })),
    });
  });
  return out;
}

/** Where a gold quote text sits in the article: exact, else with whitespace runs relaxed. */
function locate(text: string, quote: string): Range | null {
  const i = text.indexOf(quote);
  if (i >= 0) return [i, i + quote.length];
  const words = quote.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** Reads the seed gold (name gold) and its article. */
function readSeed(path: string, gold: SeedGold): Article[] {
  const file = resolve(dirname(path), '..', gold.doc.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`${path}: cannot read the article ${file}`);
  }
  const aliases = new Map(gold.actors.map((a) => [a.name, [a.name, ...(a.aliases ?? [])]]));
  const quotes: GoldQuote[] = [];
  for (const q of gold.quotes) {
    const at = locate(text, q.text);
    if (!at) throw new CliError(`${path}: quote text not found in the article: ${q.text.slice(0, 40)}…`);
    quotes.push({
      spans: [at],
      speakerNames: q.speaker ? aliases.get(q.speaker) ?? [q.speaker] : [],
      type: Array.isArray(q.type) ? q.type[0] ?? null : q.type,
      required: q.required !== false,
    });
  }
  return [{ id: gold.doc.file, text, lang: gold.doc.lang, date: gold.doc.date, gold: quotes }];
}

/** Loads a gold file of either layout. */
export function readGold(path: string): Article[] {
  const source = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl')) return readJsonl(path, source);
  let gold: SeedGold;
  try {
    gold = JSON.parse(source);
  } catch {
    throw new CliError(`${path}: not JSON`);
  }
  if (!gold?.doc?.file || !Array.isArray(gold.quotes)) throw new CliError(`${path}: not a seed gold file (needs doc.file and quotes)`);
  return readSeed(path, gold);
}

/** The engine's quotes of one document, reduced for scoring. */
export function predicted(doc: Doc): PredQuote[] {
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  return doc.quotes.map((q) => ({
    spans: q.spans.map((s) => [s.start, s.end] as Range),
    speaker: q.speaker ? [q.speaker.start, q.speaker.end] as Range : null,
    speakerNames: q.speakerActor && names.has(q.speakerActor) ? [names.get(q.speakerActor) as string] : [],
    type: q.type,
  }));
}

/** Runs the engine on every article of a gold file and scores it; also returns the per-doc data. */
export function evaluateFile(path: string): { score: QuoteScore; docs: (ScoreDoc & { id: string; doc: Doc })[] } {
  const pipeline = createPipeline([...QUOTE_STAGES]);
  const docs = readGold(path).map((a) => {
    const doc = createDoc({ id: a.id, text: a.text, lang: a.lang, date: a.date });
    pipeline.run(doc);
    return { id: a.id, text: a.text, gold: a.gold, pred: predicted(doc), doc };
  });
  return { score: scoreQuotes(docs), docs };
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** CLI entry: prints the figures (or JSON with --json); exit status 0. */
export async function evaluate(goldPath: string, argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) throw new CliError(`eval quotes: unknown option ${unknown[0]} (known: --json)`);
  const { score } = evaluateFile(goldPath);
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ file: goldPath, ...score }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `quotes  ${goldPath}`,
    `gold ${score.gold}  predicted ${score.pred}  matched ${score.matched}`,
    `precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}`,
    `speaker accuracy ${pct(score.speakerAccuracy)} (${score.speakerRight}/${score.speakerGold})`,
    ...Object.entries(score.byType).map(([t, v]) => `  recall ${t.padEnd(22)} ${pct(v.recall)} (${v.matched}/${v.gold})`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
