/**
 * Quotes: accuracy on the seed gold and the de-quotes / en-quotes dev files (scored as in
 * CONTRACT.md, through src/eval/quotes.ts), and the cost of the quotes stage relative to the
 * language layer (header + segment + measures + mentions) on ../shared/eval/corpora/de-10kgnad.jsonl.
 * Writes bench/results/quotes.json and .md. Skips (exit 0) when ../shared is absent.
 *
 * Usage: node --import tsx bench/quotes-eval.ts [--limit N]
 *   --limit N   use at most N articles of the speed corpus (default: all)
 *
 * Speed is measured in CPU time (process.cpuUsage), stage by stage on the same documents: the
 * language layer over all documents, then actors (not counted: another stage), then quotes.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../src/doc/doc.js';
import { STAGES } from '../src/pipeline/registry.js';
import { evaluateFile } from '../src/eval/quotes.js';
import type { QuoteScore } from '../src/quotes/score.js';
import { sharedFile, SHARED_MISSING } from '../src/testing/shared.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const LAYER = ['header', 'segment', 'measures', 'mentions'];
const GOLD = ['seed/gold.json', 'eval/de-quotes/dev.jsonl', 'eval/en-quotes/dev.jsonl'];

interface Article { id: string; lang: 'de' | 'en'; date: string | null; text: string }

const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;
const cpuMs = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1000;

/**
 * CPU ms of the language layer and of the quotes stage over the corpus (one pass), each timed as
 * one block over all documents (stage by stage, as bench/language-speed.ts does).
 */
function speedPass(articles: Article[]): { layerMs: number; quotesMs: number; quotes: number } {
  const stage = (n: string) => STAGES.find((s) => s.name === n)!;
  const layer = LAYER.map(stage);
  const actors = stage('actors');
  const quotes = stage('quotes');
  const docs: Doc[] = articles.map((a) => createDoc({ id: a.id, text: a.text, lang: a.lang ?? 'de', date: a.date }));
  let c = process.cpuUsage();
  for (const doc of docs) for (const s of layer) s.run(doc);
  const layerMs = cpuMs(process.cpuUsage(c));
  for (const doc of docs) actors.run(doc);
  c = process.cpuUsage();
  for (const doc of docs) quotes.run(doc);
  const quotesMs = cpuMs(process.cpuUsage(c));
  return { layerMs, quotesMs, quotes: docs.reduce((n, d) => n + d.quotes.length, 0) };
}

function main(): number {
  const corpus = sharedFile('eval/corpora/de-10kgnad.jsonl');
  if (!corpus) {
    console.log(SHARED_MISSING);
    return 0;
  }
  const li = process.argv.indexOf('--limit');
  const limit = li > 0 ? Number(process.argv[li + 1]) : Infinity;
  const accuracy: Record<string, QuoteScore & { seconds: number }> = {};
  for (const g of GOLD) {
    const path = sharedFile(g);
    if (!path) continue;
    const t0 = performance.now();
    const { score } = evaluateFile(path);
    accuracy[g] = { ...score, seconds: round((performance.now() - t0) / 1000, 1) };
    console.log(`${g}: P ${round(score.precision)} R ${round(score.recall)} F1 ${round(score.f1)} speaker ${round(score.speakerAccuracy)}`);
  }
  const articles = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as Article);
  speedPass(articles); // warm-up pass: lexicons, gazetteers, JIT (both sides alike)
  const s = speedPass(articles);
  const speed = {
    corpus: 'eval/corpora/de-10kgnad.jsonl',
    articles: articles.length,
    layerMsPerArticle: round(s.layerMs / articles.length),
    quotesMsPerArticle: round(s.quotesMs / articles.length),
    quotesShareOfLayer: round(s.quotesMs / s.layerMs),
    quotesFound: s.quotes,
  };
  console.log(`speed: layer ${speed.layerMsPerArticle} ms/article, quotes ${speed.quotesMsPerArticle} ms/article (+${round(100 * speed.quotesShareOfLayer, 1)} %)`);
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, shared; load average ${loadavg()[0].toFixed(2)}), Node ${process.version}, ${platform()} ${release()}`;
  const date = new Date().toISOString();
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'quotes.json'), `${JSON.stringify({ date, machine, command: 'node --import tsx bench/quotes-eval.ts', accuracy, speed }, null, 2)}\n`);
  const pct = (x: number) => (100 * x).toFixed(1);
  const rows = Object.entries(accuracy).map(([g, v]) =>
    `| ${g} | ${v.gold} | ${v.pred} | ${v.matched} | ${pct(v.precision)} | ${pct(v.recall)} | ${pct(v.f1)} | ${pct(v.speakerAccuracy)} (${v.speakerRight}/${v.speakerGold}) |`);
  const types = Object.entries(accuracy).flatMap(([g, v]) =>
    Object.entries(v.byType).map(([t, b]) => `| ${g} | ${t} | ${b.gold} | ${b.matched} | ${pct(b.recall)} |`));
  const md = [
    '# Quotes', '',
    `Measured ${date} with \`node --import tsx bench/quotes-eval.ts\` on ${machine}.`,
    'Scoring as in ../shared/CONTRACT.md ("Quotes"), computed by `lagebild eval quotes` (src/eval/quotes.ts).',
    'Seed: recall over the required gold quotes; a prediction matched to an optional gold quote counts as correct;',
    'speaker accuracy by actor name or alias. de/en dev: speaker accuracy by span overlap.', '',
    '| gold | gold quotes | predicted | matched | precision % | recall % | F1 % | speaker accuracy % |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows, '',
    'Recall by gold quote type:', '',
    '| gold | type | gold | matched | recall % |', '|---|---|---:|---:|---:|', ...types, '',
    '## Speed', '',
    `CPU time per article on ${speed.corpus} (${speed.articles} articles), each stage timed as one block over all documents, after a warm-up pass:`, '',
    '| language layer (header+segment+measures+mentions) ms | quotes stage ms | quotes / layer | quotes found |',
    '|---:|---:|---:|---:|',
    `| ${speed.layerMsPerArticle} | ${speed.quotesMsPerArticle} | ${pct(speed.quotesShareOfLayer)} % | ${speed.quotesFound} |`, '',
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'quotes.md'), md);
  return 0;
}

process.exitCode = main();
