/**
 * Speed of the language layer (stages header + segment + measures + mentions) in articles per
 * second on ONE core (this single process), on ../shared/eval/corpora/de-10kgnad.jsonl and
 * en-bbc.jsonl; in the same run, for comparison, compromise's people()/places()/organizations()
 * on the English corpus and chrono-node's date parsers (de, en) on both corpora.
 * Writes bench/results/language-speed.json and .md. Skips (exit 0) when ../shared is absent.
 *
 * Usage: node --import tsx bench/language-speed.ts [--limit N]
 *   --limit N   use at most N articles per corpus (default: all)
 *
 * Figures are given from CPU time (process.cpuUsage, user + system) and from wall time: the
 * machine may be shared, and CPU time is the fairer per-core figure under load.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { createDoc, type Doc } from '../src/doc/doc.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { STAGES } from '../src/pipeline/registry.js';
import { sharedFile, SHARED_MISSING } from '../src/testing/shared.js';
import { segmentDoc } from '../src/pipeline/stages/segment.js';
import { findDates } from '../src/lang/dates/find-dates.js';
import { sentenceTokenStarts } from '../src/doc/sentence-tokens.js';
import { tokenLower } from '../src/doc/token-lower.js';

interface Article { id: string; lang: 'de' | 'en'; date: string | null; text: string }

/** Throughput of one measured loop. */
interface Figure { articles: number; cpuMs: number; wallMs: number; perSecCpu: number; perSecWall: number; msPerArticleCpu: number }

const LAYER = ['header', 'segment', 'measures', 'mentions'];
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

function load(path: string, limit: number): Article[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as Article);
}

/** Runs fn over all articles and measures CPU and wall time. */
function measure(articles: Article[], fn: (a: Article) => void): Figure {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (const a of articles) fn(a);
  const wallMs = performance.now() - w0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  const n = articles.length;
  return {
    articles: n,
    cpuMs: round(cpuMs),
    wallMs: round(wallMs),
    perSecCpu: round((n / cpuMs) * 1000),
    perSecWall: round((n / wallMs) * 1000),
    msPerArticleCpu: round(cpuMs / n, 3),
  };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function docOf(a: Article): Doc {
  return createDoc({ id: a.id, text: a.text, lang: a.lang, date: a.date ?? '2025-09-25' });
}

/** Mean CPU milliseconds per article spent in each stage of the layer (process.cpuUsage around each call). */
function stageBreakdown(articles: Article[]): Record<string, number> {
  const stages = STAGES.filter((s) => LAYER.includes(s.name));
  const acc: Record<string, number> = Object.fromEntries(stages.map((s) => [s.name, 0]));
  for (const a of articles) {
    const doc = docOf(a);
    for (const s of stages) {
      const c0 = process.cpuUsage();
      try {
        s.run(doc);
      } catch {
        // the pipeline would turn this into a diagnostic; the bench only times it
      }
      const c = process.cpuUsage(c0);
      acc[s.name] += (c.user + c.system) / 1000;
    }
  }
  for (const k of Object.keys(acc)) acc[k] = round(acc[k] / articles.length, 3);
  return acc;
}

function main(): void {
  const limitArg = process.argv.indexOf('--limit');
  const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
  const dePath = sharedFile('eval/corpora/de-10kgnad.jsonl');
  const enPath = sharedFile('eval/corpora/en-bbc.jsonl');
  if (!dePath || !enPath) {
    console.log(SHARED_MISSING);
    return;
  }
  const corpora: [string, Article[]][] = [['de-10kgnad', load(dePath, limit)], ['en-bbc', load(enPath, limit)]];
  const pipeline = createPipeline(LAYER);
  const results: Record<string, unknown> = {};
  for (const [name, arts] of corpora) {
    // Cold start: the first article pays for compiling lexicons and gazetteers.
    const c0 = performance.now();
    pipeline.run(docOf(arts[0]));
    const coldMs = round(performance.now() - c0);
    // Warm-up pass, then the measured pass.
    for (const a of arts.slice(0, 200)) pipeline.run(docOf(a));
    const layer = measure(arts, (a) => { pipeline.run(docOf(a)); });
    // Without mentions: what sentences, tokens, dates and amounts cost on their own.
    const base = createPipeline(['header', 'segment', 'measures']);
    for (const a of arts.slice(0, 100)) base.run(docOf(a));
    const baseFig = measure(arts, (a) => { base.run(docOf(a)); });
    const chars = arts.reduce((s, a) => s + a.text.length, 0);
    const breakdown = stageBreakdown(arts);
    const parse = name.startsWith('de') ? chrono.de.parse : chrono.en.parse;
    const ref = new Date('2025-09-25T12:00:00Z');
    for (const a of arts.slice(0, 50)) parse(a.text, ref);
    const chronoFig = measure(arts, (a) => { parse(a.text, ref); });
    // Our own date finder alone (on already segmented documents), the fair counterpart of chrono.
    const segmented = arts.map((a) => {
      const d = docOf(a);
      segmentDoc(d);
      return d;
    });
    let k = 0;
    const ownDates = measure(arts, () => {
      const d = segmented[k++];
      const starts = sentenceTokenStarts(d.tokens, d.sentences.length);
      const ranges: [number, number][] = [];
      for (let s = 0; s < d.sentences.length; s++) ranges.push([starts[s], starts[s + 1]]);
      findDates(d.text, d.tokens, tokenLower(d.tokens), ranges, d.lang, d.date);
    });
    results[name] = { meanChars: Math.round(chars / arts.length), coldStartMs: coldMs, layer, withoutMentions: baseFig, stageMsPerArticle: breakdown, chrono: chronoFig, ownDates };
    console.log(`${name}: layer ${layer.perSecCpu}/s CPU (${layer.perSecWall}/s wall), stages ${JSON.stringify(breakdown)}, chrono ${chronoFig.perSecCpu}/s CPU, own dates ${ownDates.perSecCpu}/s CPU`);
  }
  const en = corpora[1][1];
  for (const a of en.slice(0, 50)) nlp(a.text).people().out('array');
  const compromiseFig = measure(en, (a) => {
    const d = nlp(a.text);
    d.people().out('array');
    d.places().out('array');
    d.organizations().out('array');
  });
  results.compromiseEn = compromiseFig;
  console.log(`compromise en-bbc: ${compromiseFig.perSecCpu}/s CPU (${compromiseFig.perSecWall}/s wall)`);
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage1m: round(loadavg()[0], 2),
  };
  const report = {
    date: new Date().toISOString(),
    command: 'node --import tsx bench/language-speed.ts' + (Number.isFinite(limit) ? ` --limit ${limit}` : ''),
    machine,
    stages: LAYER,
    note: 'CPU-time figures (user+system of this process) are the per-core throughput; wall-time figures depend on the load of the shared machine',
    results,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'language-speed.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(OUT_DIR, 'language-speed.md'), markdown(report, corpora.map((c) => c[0])));
  console.log(`wrote ${join(OUT_DIR, 'language-speed.json')} and .md`);
}

function markdown(report: { date: string; command: string; machine: Record<string, unknown>; results: Record<string, unknown>; note: string }, names: string[]): string {
  const r = report.results as Record<string, { meanChars: number; coldStartMs: number; layer: Figure; withoutMentions: Figure; stageMsPerArticle: Record<string, number>; chrono: Figure; ownDates: Figure }>;
  const c = report.results.compromiseEn as Figure;
  const lines = [
    '# Language layer speed',
    '',
    `Measured ${report.date} with \`${report.command}\` on ${String(report.machine.cpu)} (${String(report.machine.cores)} cores, shared; load average ${String(report.machine.loadAverage1m)}), Node ${String(report.machine.node)}, ${String(report.machine.os)}.`,
    `One process (one core). ${report.note}.`,
    '',
    '| corpus | what | articles | mean chars | articles/s (CPU) | articles/s (wall) | ms/article (CPU) |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const n of names) {
    const x = r[n];
    lines.push(`| ${n} | header+segment+measures+mentions | ${x.layer.articles} | ${x.meanChars} | ${x.layer.perSecCpu} | ${x.layer.perSecWall} | ${x.layer.msPerArticleCpu} |`);
    lines.push(`| ${n} | header+segment+measures (without mentions) | ${x.withoutMentions.articles} | ${x.meanChars} | ${x.withoutMentions.perSecCpu} | ${x.withoutMentions.perSecWall} | ${x.withoutMentions.msPerArticleCpu} |`);
    lines.push(`| ${n} | own date finder alone (findDates, on segmented text) | ${x.ownDates.articles} | ${x.meanChars} | ${x.ownDates.perSecCpu} | ${x.ownDates.perSecWall} | ${x.ownDates.msPerArticleCpu} |`);
    lines.push(`| ${n} | chrono-node ${n.startsWith('de') ? 'de' : 'en'}.parse (dates only) | ${x.chrono.articles} | ${x.meanChars} | ${x.chrono.perSecCpu} | ${x.chrono.perSecWall} | ${x.chrono.msPerArticleCpu} |`);
  }
  lines.push(`| en-bbc | compromise people()+places()+organizations() | ${c.articles} | ${r['en-bbc'].meanChars} | ${c.perSecCpu} | ${c.perSecWall} | ${c.msPerArticleCpu} |`);
  lines.push('', 'Mean CPU milliseconds per article and stage (second pass, stage by stage; process.cpuUsage has microsecond resolution):', '', '| corpus | ' + Object.keys(r[names[0]].stageMsPerArticle).join(' | ') + ' | cold start (first article) ms |', '|---|' + Object.keys(r[names[0]].stageMsPerArticle).map(() => '---:').join('|') + '|---:|');
  for (const n of names) lines.push(`| ${n} | ${Object.values(r[n].stageMsPerArticle).join(' | ')} | ${r[n].coldStartMs} |`);
  return lines.join('\n') + '\n';
}

main();
