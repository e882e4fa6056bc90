/**
 * `lagebild eval events GOLD [--json] [--errors]`: runs the whole engine on a gold file and scores its
 * events by CONTRACT.md (rules and the exact computation in src/events/eval-score.ts):
 * - JSON Lines single-sentence gold (../shared/eval/en-events/plv-*.jsonl): macro-F1 over types;
 * - the article gold (../shared/seed/gold.json): recall of required events, precision, date, mode
 *   and status accuracy; the article is gold.doc.file relative to the parent of the gold's folder;
 * - JSON Lines of articles with their events (../shared/eval/de-events/dev.jsonl: one article a line
 *   with "text", "date", "lang" and "events"): the same article scores, summed over the articles, plus
 *   recall per accepted first type; `--lines even|odd` keeps only the even or odd (0-based) lines.
 *
 * @example
 * lagebild eval events ../shared/eval/en-events/plv-train.jsonl --json
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';
import type { Lang } from '../contract/schema.js';
import { langOr } from '../lang/packs.js';
import { createDoc, type Doc } from '../doc/doc.js';
import { createPipeline } from '../pipeline/pipeline.js';
import {
  scoreArticle, scoreSentences, type ArticlePred, type ArticleScore, type GoldEvent, type Range,
  type SentenceItem, type SentencePred, type SentenceScore,
} from '../events/eval-score.js';

interface SpanRec { start: number; end: number }
interface PlvRow {
  id?: string; lang?: string; text: string; type: string;
  source?: SpanRec; sources?: SpanRec[]; target?: SpanRec; targets?: SpanRec[];
}

/** The engine's events of a document with the spans of their source and target actors. */
export function sentencePreds(doc: Doc): SentencePred[] {
  const spans = new Map(doc.mentions.map((m) => [m.id, [m.start, m.end] as Range]));
  const actorSpans = new Map(doc.actors.map((a) => [a.id, a.mentions.map((m) => spans.get(m)).filter((x): x is Range => !!x)]));
  // the words of a participant that is no actor (sourceText/targetText) still say what the event is about
  const words = (s: { start: number; end: number } | undefined): Range[] => (s ? [[s.start, s.end]] : []);
  return doc.events.map((e) => ({
    type: e.type,
    sources: [...e.source.flatMap((a) => actorSpans.get(a) ?? []), ...words(e.sourceText)],
    targets: [...e.target.flatMap((a) => actorSpans.get(a) ?? []), ...words(e.targetText)],
  }));
}

/** Reads and runs a single-sentence gold file. */
export function evaluateSentences(path: string): { score: SentenceScore; items: (SentenceItem & { text: string; doc: Doc })[] } {
  const pipeline = createPipeline();
  const items: (SentenceItem & { text: string; doc: Doc })[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let r: PlvRow;
    try { r = JSON.parse(line); } catch { throw new CliError(`${path}:${n + 1}: not JSON`); }
    if (typeof r.text !== 'string' || typeof r.type !== 'string') throw new CliError(`${path}:${n + 1}: not an event gold record (needs "text" and "type")`);
    const srcs = r.sources ?? (r.source ? [r.source] : []);
    const tgts = r.targets ?? (r.target ? [r.target] : []);
    const doc = createDoc({ id: r.id ?? `line-${n + 1}`, text: r.text, lang: langOr(r.lang, 'en'), date: null });
    pipeline.run(doc);
    items.push({
      id: doc.id, text: r.text, doc, type: r.type,
      sources: srcs.map((s) => [s.start, s.end] as Range), targets: tgts.map((s) => [s.start, s.end] as Range),
      events: sentencePreds(doc),
    });
  });
  return { score: scoreSentences(items), items };
}

interface SeedGold {
  doc: { file: string; lang: Lang; date: string | null };
  events: {
    id: string; type: string[] | string; mode?: string | null; source: string | null; target: string | null;
    date?: string | string[] | null; status: string; required?: boolean;
  }[];
}

/** One line of an article-events gold file (de-events format). */
interface ArticleLine {
  id?: string; lang?: string; date?: string | null; title?: string | null; text: string;
  events: SeedGold['events'];
}

/** Totals over many articles, with recall per type (the gold event's best type). */
export interface ArticlesScore {
  articles: number;
  required: number; requiredFound: number; recall: number;
  predicted: number; predictedRight: number; precision: number;
  matched: number; dateAccuracy: number; modeAccuracy: number; statusAccuracy: number;
  perType: Record<string, { required: number; found: number; recall: number }>;
}

const toGold = (events: SeedGold['events']): GoldEvent[] => events.map((g) => ({
  id: g.id, type: Array.isArray(g.type) ? g.type : [g.type], mode: g.mode ?? null,
  source: g.source, target: g.target, date: g.date ?? null, status: g.status, required: g.required !== false,
}));

const toPreds = (doc: Doc): ArticlePred[] => doc.events.map((e) => ({
  id: e.id, type: e.type, mode: e.mode, sourceCountry: e.sourceCountry, targetCountry: e.targetCountry, date: e.date, status: e.status,
}));

/** Sums per-article scores (micro: counts are added, ratios computed from the sums). */
export function sumArticleScores(items: { gold: GoldEvent[]; score: ArticleScore }[]): ArticlesScore {
  let required = 0; let requiredFound = 0; let predicted = 0; let predictedRight = 0;
  let matched = 0; let date = 0; let mode = 0; let status = 0;
  const perType: ArticlesScore['perType'] = {};
  for (const { gold, score } of items) {
    required += score.required; requiredFound += score.requiredFound;
    predicted += score.predicted; predictedRight += score.predictedRight;
    matched += score.matched;
    for (const p of score.pairs) { date += Number(p.date); mode += Number(p.mode); status += Number(p.status); }
    const found = new Set(score.pairs.map((p) => p.gold));
    for (const g of gold) {
      if (!g.required) continue;
      const t = (perType[g.type[0]] ??= { required: 0, found: 0, recall: 0 });
      t.required++;
      if (found.has(g.id)) t.found++;
    }
  }
  for (const t of Object.values(perType)) t.recall = t.required ? t.found / t.required : 0;
  const sorted = Object.fromEntries(Object.entries(perType).sort(([a], [b]) => a.localeCompare(b)));
  const r = (a: number, b: number) => (b ? a / b : 0);
  return {
    articles: items.length, required, requiredFound, recall: r(requiredFound, required),
    predicted, predictedRight, precision: r(predictedRight, predicted),
    matched, dateAccuracy: r(date, matched), modeAccuracy: r(mode, matched), statusAccuracy: r(status, matched),
    perType: sorted,
  };
}

/** True when the first non-empty line of a JSON Lines file is an article with an "events" list. */
export function isArticleLines(path: string): boolean {
  const first = readFileSync(path, 'utf8').split('\n').find((l) => l.trim());
  if (!first) return false;
  try { const r = JSON.parse(first); return typeof r?.text === 'string' && Array.isArray(r?.events); } catch { return false; }
}

/**
 * Reads and runs an article-events JSON Lines file (de-events format). `lines` keeps the even or odd
 * 0-based line numbers only (the studied and the held-out half).
 */
export function evaluateArticleLines(path: string, lines: 'all' | 'even' | 'odd' = 'all'): {
  score: ArticlesScore; items: { id: string; line: number; doc: Doc; gold: GoldEvent[]; score: ArticleScore }[];
} {
  const pipeline = createPipeline();
  const items: { id: string; line: number; doc: Doc; gold: GoldEvent[]; score: ArticleScore }[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    if (lines === 'even' && n % 2 !== 0) return;
    if (lines === 'odd' && n % 2 !== 1) return;
    let r: ArticleLine;
    try { r = JSON.parse(line); } catch { throw new CliError(`${path}:${n + 1}: not JSON`); }
    if (typeof r.text !== 'string' || !Array.isArray(r.events)) throw new CliError(`${path}:${n + 1}: not an article event record (needs "text" and "events")`);
    const lang: Lang = langOr(r.lang, 'de');
    const doc = createDoc({ id: r.id ?? `line-${n + 1}`, text: r.text, lang, date: r.date ?? null, title: r.title ?? null });
    pipeline.run(doc);
    const gold = toGold(r.events);
    items.push({ id: doc.id, line: n, doc, gold, score: scoreArticle(gold, toPreds(doc)) });
  });
  return { score: sumArticleScores(items), items };
}

/** Reads and runs an article gold file (seed format). */
export function evaluateArticle(path: string, gold: SeedGold): { score: ArticleScore; doc: Doc } {
  const file = resolve(dirname(path), '..', gold.doc.file);
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch { throw new CliError(`${path}: cannot read the article ${file}`); }
  const doc = createDoc({ id: gold.doc.file, text, lang: gold.doc.lang, date: gold.doc.date });
  createPipeline().run(doc);
  return { score: scoreArticle(toGold(gold.events), toPreds(doc)), doc };
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** CLI entry: prints the figures (or JSON with --json); --errors lists wrong sentences / misses. */
export async function evaluate(goldPath: string, argv: string[]): Promise<number> {
  const li = argv.indexOf('--lines');
  const half = li >= 0 ? argv[li + 1] : 'all';
  if (half !== 'all' && half !== 'even' && half !== 'odd') throw new CliError('eval events: --lines takes all, even or odd');
  const rest = li >= 0 ? argv.filter((_, i) => i !== li && i !== li + 1) : argv;
  const unknown = rest.filter((a) => a !== '--json' && a !== '--errors');
  if (unknown.length) throw new CliError(`eval events: unknown option ${unknown[0]} (known: --json, --errors, --lines all|even|odd)`);
  const json = argv.includes('--json');
  if (goldPath.endsWith('.jsonl') && isArticleLines(goldPath)) return printArticleLines(goldPath, half, json, argv.includes('--errors'));
  if (goldPath.endsWith('.jsonl')) {
    const { score, items } = evaluateSentences(goldPath);
    if (json) { process.stdout.write(`${JSON.stringify({ file: goldPath, format: 'sentences', ...score }, null, 2)}\n`); return 0; }
    const lines = [`events (sentences)  ${goldPath}`,
      `sentences ${score.sentences}  right ${score.right}  accuracy ${pct(score.accuracy)}  macro-F1 ${pct(score.macroF1)}`,
      'type        gold  pred  right     P     R    F1'];
    for (const [t, s] of Object.entries(score.perType)) {
      lines.push(`${t.padEnd(10)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.right).padStart(6)} ${pct(s.precision).padStart(5)} ${pct(s.recall).padStart(5)} ${pct(s.f1).padStart(5)}`);
    }
    if (argv.includes('--errors')) {
      for (const it of items) {
        if (it.events.some((e) => e.type === it.type)) continue;
        lines.push(`- ${it.id} gold ${it.type}; predicted ${it.doc.events.map((e) => `${e.type}:${e.trigger.text}`).join(', ') || 'none'}`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  let gold: SeedGold;
  try { gold = JSON.parse(readFileSync(goldPath, 'utf8')); } catch { throw new CliError(`${goldPath}: not JSON`); }
  if (!gold?.doc?.file || !Array.isArray(gold.events)) throw new CliError(`${goldPath}: not an article event gold file (needs doc.file and events)`);
  const { score, doc } = evaluateArticle(goldPath, gold);
  if (json) { process.stdout.write(`${JSON.stringify({ file: goldPath, format: 'article', ...score }, null, 2)}\n`); return 0; }
  const lines = [`events (article)  ${goldPath}`,
    `required ${score.required}  found ${score.requiredFound}  recall ${pct(score.recall)}`,
    `predicted (not negated) ${score.predicted}  right ${score.predictedRight}  precision ${pct(score.precision)}`,
    `matched ${score.matched}  date ${pct(score.dateAccuracy)}  mode ${pct(score.modeAccuracy)}  status ${pct(score.statusAccuracy)}`];
  if (argv.includes('--errors')) {
    lines.push(`missed: ${score.missed.join(', ') || 'none'}`);
    for (const id of score.falsePositives) {
      const e = doc.events.find((x) => x.id === id);
      if (e) lines.push(`false positive ${id}: ${e.type} ${e.sourceCountry}→${e.targetCountry} "${e.trigger.text}"`);
    }
    for (const p of score.pairs) if (!p.date || !p.status || !p.mode) lines.push(`pair ${p.gold}~${p.pred}: date ${p.date} mode ${p.mode} status ${p.status}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** Prints the figures of an article-events JSON Lines file. */
function printArticleLines(goldPath: string, half: 'all' | 'even' | 'odd', json: boolean, errors: boolean): number {
  const { score, items } = evaluateArticleLines(goldPath, half);
  if (json) { process.stdout.write(`${JSON.stringify({ file: goldPath, format: 'article-lines', lines: half, ...score }, null, 2)}\n`); return 0; }
  const lines = [`events (articles, ${half} lines)  ${goldPath}`,
    `articles ${score.articles}  required ${score.required}  found ${score.requiredFound}  recall ${pct(score.recall)}`,
    `predicted (not negated) ${score.predicted}  right ${score.predictedRight}  precision ${pct(score.precision)}`,
    `matched ${score.matched}  date ${pct(score.dateAccuracy)}  mode ${pct(score.modeAccuracy)}  status ${pct(score.statusAccuracy)}`,
    'recall per type (best gold type):  ' + Object.entries(score.perType).map(([t, s]) => `${t} ${s.found}/${s.required}`).join('  ')];
  if (errors) {
    for (const it of items) {
      const missed = it.gold.filter((g) => it.score.missed.includes(g.id));
      const fps = it.doc.events.filter((e) => it.score.falsePositives.includes(e.id));
      const bad = it.score.pairs.filter((p) => !p.date || !p.status);
      if (!missed.length && !fps.length && !bad.length) continue;
      lines.push(`## line ${it.line} ${it.id} (${it.doc.date})`);
      for (const g of missed) lines.push(`  missed ${g.id} ${g.type.join('/')} ${g.source}>${g.target} ${g.status} ${JSON.stringify(g.date)}`);
      for (const e of fps) lines.push(`  false ${e.id} ${e.type} ${e.sourceCountry}>${e.targetCountry} ${e.status} ${e.date} "${e.trigger.text}"`);
      for (const p of bad) {
        const g = it.gold.find((x) => x.id === p.gold); const e = it.doc.events.find((x) => x.id === p.pred);
        lines.push(`  pair ${p.gold}~${p.pred}: date ${e?.date} (gold ${JSON.stringify(g?.date)}) status ${e?.status} (gold ${g?.status})`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
