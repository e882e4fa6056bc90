/**
 * Speed of the WHOLE pipeline (all stages: header → … → events → score) in articles per second
 * per core on ../shared/eval/corpora/de-10kgnad.jsonl, with the CPU time per stage. Writes
 * bench/results/pipeline-speed.json and .md. Skips (exit 0) when ../shared is absent.
 *
 * Usage: node --import tsx bench/pipeline-speed.ts [--runs N] [--limit N]
 *
 * Two situations, each measured in fresh child processes (`--runs` times, default 3; the median
 * is reported):
 *
 * - **warm** (the headline): a long-running process (a worker, `lagebild ingest` of a corpus)
 *   that has already analysed other articles: the child first runs the pipeline over the OTHER
 *   corpora (de-wikinews, then en-bbc) so V8 has compiled the hot code, then measures one pass
 *   over de-10kgnad, whose articles it has never seen (no cache holds anything of them).
 * - **cold**: a fresh process's first pass over de-10kgnad after 100 warm-up articles, so it
 *   includes most of V8's optimising compilation (one-off per process; about 1–2 CPU seconds).
 *
 * Figures come from CPU time (process.cpuUsage, user + system of all the process's threads, so
 * V8's background compiler and garbage collector count too) and wall time. CPU time is the fairer
 * per-core figure on this shared machine. Articles without a date get 2025-09-25 so that the date
 * stages do their full work.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../src/doc/doc.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { STAGES } from '../src/pipeline/registry.js';
import { sharedFile, SHARED_MISSING } from '../src/testing/shared.js';

interface Article { id: string; lang: 'de' | 'en'; date: string | null; text: string }
interface Pass { articles: number; cpuMs: number; wallMs: number; events: number }
interface ChildOut { mode: 'cold' | 'warm'; warmArticles: number; coldStartMs: number; pass: Pass; stageMsPerArticle?: Record<string, number> }

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const CORPUS = 'de-10kgnad';
const WARM_CORPORA = ['de-wikinews', 'en-bbc'];
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function load(name: string, limit = Infinity): Article[] | null {
  const path = sharedFile(`eval/corpora/${name}.jsonl`);
  if (!path) return null;
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as Article);
}

function docOf(a: Article): Doc {
  return createDoc({ id: a.id, text: a.text, lang: a.lang, date: a.date ?? '2025-09-25' });
}

/** One child process: warm up as `mode` says, then time one pass over the corpus. */
function child(mode: 'cold' | 'warm', limit: number): ChildOut {
  const arts = load(CORPUS, limit) ?? [];
  const pipeline = createPipeline();
  const run = (xs: Article[]): Pass => {
    const cpu0 = process.cpuUsage();
    const w0 = performance.now();
    let events = 0;
    for (const a of xs) events += pipeline.run(docOf(a)).events.length;
    const cu = process.cpuUsage(cpu0);
    return { articles: xs.length, cpuMs: (cu.user + cu.system) / 1000, wallMs: performance.now() - w0, events };
  };
  const warm = mode === 'warm' ? WARM_CORPORA.flatMap((c) => load(c) ?? []) : [];
  const c0 = performance.now();
  pipeline.run(docOf(warm[0] ?? arts[0]));
  const coldStartMs = round(performance.now() - c0);
  if (mode === 'warm') run(warm);
  // the cold run warms on 100 articles of a neighbouring corpus, never on the measured ones
  else run((load('de-wikinews') ?? []).slice(0, 100));
  const pass = run(arts);
  const out: ChildOut = { mode, warmArticles: mode === 'warm' ? warm.length : 100, coldStartMs, pass };
  if (mode === 'warm') {
    // stage by stage, on the (now seen) corpus: shares of the time, not the headline figure
    const per: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s.name, 0]));
    for (const a of arts) {
      const doc = docOf(a);
      for (const s of STAGES) {
        const t = process.cpuUsage();
        try { s.run(doc); } catch { /* the pipeline turns this into a diagnostic; the bench only times it */ }
        const d = process.cpuUsage(t);
        per[s.name] += (d.user + d.system) / 1000;
      }
    }
    for (const k of Object.keys(per)) per[k] = round(per[k] / arts.length, 3);
    out.stageMsPerArticle = per;
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function spawnChild(mode: 'cold' | 'warm', limit: number): ChildOut {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode];
  if (limit < Infinity) args.push('--limit', String(limit));
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error(`bench child (${mode}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildOut;
}

function main(): void {
  const childMode = arg('--child');
  const limit = Number(arg('--limit') ?? Infinity);
  if (childMode === 'cold' || childMode === 'warm') {
    process.stdout.write(JSON.stringify(child(childMode, limit)));
    return;
  }
  const arts = load(CORPUS, limit);
  if (!arts || WARM_CORPORA.some((c) => !sharedFile(`eval/corpora/${c}.jsonl`))) { console.log(SHARED_MISSING); return; }
  const runs = Number(arg('--runs') ?? 3);
  const load0 = loadavg().map((x) => round(x, 2));
  const children: ChildOut[] = [];
  for (let i = 0; i < runs; i++) {
    for (const mode of ['warm', 'cold'] as const) {
      const c = spawnChild(mode, limit);
      children.push(c);
      console.log(`${mode} run ${i + 1}: ${round((c.pass.articles / c.pass.cpuMs) * 1000)} articles/s CPU, ${round((c.pass.articles / c.pass.wallMs) * 1000)} wall`);
    }
  }
  const summary = (mode: 'cold' | 'warm') => {
    const cs = children.filter((c) => c.mode === mode);
    const cpu = cs.map((c) => (c.pass.articles / c.pass.cpuMs) * 1000);
    const wall = cs.map((c) => (c.pass.articles / c.pass.wallMs) * 1000);
    return {
      runs: cs.length, warmArticles: cs[0].warmArticles,
      perSecCpu: round(median(cpu)), perSecCpuRuns: cpu.map((x) => round(x)),
      perSecWall: round(median(wall)), perSecWallRuns: wall.map((x) => round(x)),
      msPerArticleCpu: round(1000 / median(cpu), 3), coldStartMs: round(median(cs.map((c) => c.coldStartMs))),
    };
  };
  const warm = summary('warm'), cold = summary('cold');
  const stages = children.find((c) => c.stageMsPerArticle)?.stageMsPerArticle ?? {};
  const n = arts.length;
  const first = children[0].pass;
  const result = {
    measured: new Date().toISOString(),
    command: `node --import tsx bench/pipeline-speed.ts${runs !== 3 ? ` --runs ${runs}` : ''}${limit < Infinity ? ` --limit ${limit}` : ''}`,
    machine: { cpu: cpus()[0]?.model ?? '?', cores: cpus().length, loadavg: load0, node: process.version, os: `${platform()} ${release()}` },
    corpus: CORPUS, articles: n, meanChars: Math.round(arts.reduce((s, a) => s + a.text.length, 0) / n),
    warmCorpora: WARM_CORPORA, warm, cold,
    eventsPerArticle: round(first.events / first.articles, 2), stageMsPerArticle: stages,
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'pipeline-speed.json'), `${JSON.stringify(result, null, 2)}\n`);
  const row = (label: string, s: typeof warm) =>
    `| ${label} | ${n} | ${result.meanChars} | **${s.perSecCpu}** (${s.perSecCpuRuns.join(', ')}) | ${s.perSecWall} (${s.perSecWallRuns.join(', ')}) | ${s.msPerArticleCpu} |`;
  const md = [
    '# Whole pipeline speed', '',
    `Measured ${result.measured} with \`${result.command}\` on ${result.machine.cpu} (${result.machine.cores} cores, shared with other engineers' jobs; load average at start ${load0.join(' / ')}), Node ${result.machine.node}.`,
    `All stages, one process. Each row is the median of ${runs} fresh child processes (the single runs in brackets).`,
    'CPU-time figures (user+system of all the process\'s threads, V8\'s background compiler and GC included) are the per-core throughput; wall-time figures depend on the load of the shared machine.', '',
    '| situation | articles | mean chars | articles/s (CPU) | articles/s (wall) | ms/article (CPU) |',
    '|---|---:|---:|---:|---:|---:|',
    row(`warm process: after ${warm.warmArticles} articles of ${WARM_CORPORA.join(' + ')}, one pass over unseen ${CORPUS}`, warm),
    row(`cold process: first pass over ${CORPUS} after 100 warm-up articles (includes V8's optimising compilation)`, cold), '',
    `Events per article: ${result.eventsPerArticle}. First article of a fresh process (lexicons, gazetteer, first compilation): ${cold.coldStartMs} ms.`, '',
    'Mean CPU milliseconds per article and stage (warm process, second pass over the corpus, stage by stage):', '',
    `| ${Object.keys(stages).join(' | ')} |`,
    `|${Object.keys(stages).map(() => '---:').join('|')}|`,
    `| ${Object.values(stages).join(' | ')} |`, '',
    'Why two rows: V8 compiles the hot code of a new process over its first one to two thousand articles (about 1–2 CPU seconds, partly on the second core).',
    'A worker or an ingest of a corpus runs for many thousands of articles, so the warm row is its throughput; a one-off `lagebild extract` pays the cold cost.', '',
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'pipeline-speed.md'), md);
}

main();
