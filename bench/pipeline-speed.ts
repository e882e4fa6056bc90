/**
 * Speed of the WHOLE pipeline (all stages: header → … → events → score) in articles per second
 * per core on ../shared/eval/corpora/de-10kgnad.jsonl, with the CPU time per stage. Writes
 * bench/results/pipeline-speed.json and .md. Skips (exit 0) when ../shared is absent.
 *
 * Usage: node --import tsx bench/pipeline-speed.ts [--runs N] [--limit N]
 *        node --import tsx bench/pipeline-speed.ts --against <checkout> [--runs N] [--label-before X]
 *
 * `--against` is the before/after comparison in one run (issue 11: "not lower than before, same
 * machine, same run"): each round runs a warm and a cold child of THIS tree and of the other
 * checkout (its own bench/pipeline-speed.ts, so each measures its own code), alternating which goes
 * first, and writes bench/results/pipeline-speed-ab.json/.md with both medians and each round's ratio.
 * Interleaving matters here: single processes scatter about ±10 % on a shared virtual machine, so
 * only same-round pairs are compared.
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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

function spawnChild(mode: 'cold' | 'warm', limit: number, tree?: string): ChildOut {
  const script = tree ? join(tree, 'bench', 'pipeline-speed.ts') : fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', script, '--child', mode];
  if (limit < Infinity) args.push('--limit', String(limit));
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 << 20, cwd: tree });
  if (r.status !== 0) throw new Error(`bench child (${mode}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildOut;
}

const perSec = (c: ChildOut) => (c.pass.articles / c.pass.cpuMs) * 1000;

function git(tree: string, ...args: string[]): string {
  const r = spawnSync('git', ['-C', tree, ...args], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '?';
}

/** This tree against another checkout, interleaved (see the header). */
function against(before: string, runs: number, limit: number): void {
  if (!existsSync(join(before, 'bench', 'pipeline-speed.ts'))) {
    console.error(`pipeline-speed: ${before} has no bench/pipeline-speed.ts`);
    process.exitCode = 2;
    return;
  }
  const here = join(dirname(fileURLToPath(import.meta.url)), '..');
  const labelBefore = arg('--label-before') ?? git(before, 'rev-parse', '--short', 'HEAD');
  const labelAfter = git(here, 'rev-parse', '--short', 'HEAD') + (git(here, 'status', '--porcelain', '--', 'src', 'lexicons') ? '+changes' : '');
  const load0 = loadavg().map((x) => round(x, 2));
  const rows: { round: number; mode: 'warm' | 'cold'; before: number; after: number }[] = [];
  for (let i = 0; i < runs; i++) {
    for (const mode of ['warm', 'cold'] as const) {
      // alternate which tree goes first, so neither always runs on a machine the other just warmed
      const order = i % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const);
      const got: Record<string, number> = {};
      for (const which of order) got[which] = round(perSec(spawnChild(mode, limit, which === 'before' ? before : undefined)));
      rows.push({ round: i + 1, mode, before: got.before, after: got.after });
      console.log(`round ${i + 1} ${mode}: before ${got.before}, after ${got.after} articles/s CPU (${round(got.after / got.before, 3)})`);
    }
  }
  const load1 = loadavg().map((x) => round(x, 2));
  const sum = (mode: 'warm' | 'cold') => {
    const rs = rows.filter((r) => r.mode === mode);
    const b = median(rs.map((r) => r.before)), a = median(rs.map((r) => r.after));
    const ratios = rs.map((r) => round(r.after / r.before, 3));
    return { before: round(b), after: round(a), change: round((a / b - 1) * 100, 1), medianRoundRatio: round(median(ratios), 3), afterFasterRounds: ratios.filter((x) => x > 1).length, rounds: rs.length };
  };
  const warm = sum('warm'), cold = sum('cold');
  const result = {
    measured: new Date().toISOString(),
    command: `node --import tsx bench/pipeline-speed.ts --against ${before} --runs ${runs}${limit < Infinity ? ` --limit ${limit}` : ''}`,
    machine: { cpu: cpus()[0]?.model ?? '?', cores: cpus().length, loadavg: load0, loadavgEnd: load1, node: process.version, os: `${platform()} ${release()}` },
    before: labelBefore, after: labelAfter, corpus: CORPUS, warm, cold, rows,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'pipeline-speed-ab.json'), `${JSON.stringify(result, null, 2)}\n`);
  const line = (m: string, s: typeof warm) =>
    `- ${m}: median ${s.before} (before) vs ${s.after} (after) articles/s CPU: **${s.change > 0 ? '+' : ''}${s.change} %**; median of the round ratios ${s.medianRoundRatio}; after faster in ${s.afterFasterRounds} of ${s.rounds} rounds`;
  const md = [
    '# Whole pipeline: before and after in one run', '',
    `Measured ${result.measured} with \`${result.command}\` on ${result.machine.cpu} (${result.machine.cores} cores), Node ${result.machine.node}; load average ${load0.join(' / ')} at the start, ${load1.join(' / ')} at the end (the bench itself keeps about one core busy).`,
    `Before: ${labelBefore} (${before}); after: ${labelAfter}. Each round: one fresh warm and one fresh cold child process per tree (bench/pipeline-speed.ts's own situations, each tree's own bench file), the order of the trees alternating per round. Figures: articles/s over ${CORPUS} (CPU time of all threads).`, '',
    '| round | before warm | after warm | before cold | after cold |',
    '|---:|---:|---:|---:|---:|',
    ...Array.from({ length: runs }, (_, i) => {
      const w = rows.find((r) => r.round === i + 1 && r.mode === 'warm')!, c = rows.find((r) => r.round === i + 1 && r.mode === 'cold')!;
      return `| ${i + 1} | ${w.before} | ${w.after} | ${c.before} | ${c.after} |`;
    }), '',
    line('warm', warm), line('cold', cold), '',
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'pipeline-speed-ab.md'), md);
  console.log(md);
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
  const before = arg('--against');
  if (before) { against(before, Number(arg('--runs') ?? 8), limit); return; }
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
