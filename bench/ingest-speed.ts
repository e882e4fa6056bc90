/**
 * Ingest throughput: articles per second for `lagebild ingest` on SQLite (store + analyse in one
 * process), and for 1, 2 and 4 `lagebild worker` processes on PostgreSQL (and on one SQLite
 * file) after an enqueue-only ingest; peak memory (max RSS) and CPU seconds of every process.
 * Corpus: the articles of ../shared/eval/corpora (round-robin over the files), written to a temp
 * JSONL file; skipped (exit 0) when ../shared is absent. PostgreSQL runs skip when no server answers.
 * Writes bench/results/ingest.json and ingest.md.
 *
 * Usage: node --import tsx bench/ingest-speed.ts [--limit N] [--workers 1,2,4] [--no-sqlite-workers] [--stores sqlite,postgres]
 *   --repeat R  rounds of the PostgreSQL worker runs (default 3; the figure is the median)
 *   --node-flags "F"  extra node/V8 flags for every spawned lagebild process
 *   --limit N   articles per run (default 12,000: the 4,103 corpus articles, then mutated repeats, see
 *               bench/corpus.ts; a worker must run long enough that V8's one-off compilation of
 *               the hot code, 1–2 CPU seconds per process, does not dominate: see pipeline-speed.md)
 *
 * Every run spawns real CLI processes (bin/lagebild), so figures include process start-up
 * (loading tsx, lexicons, gazetteers): "wall" is from spawning the first process to the exit of
 * the last. The machine is shared and noisy: the load average at the start of each run is recorded.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_MISSING, REPO_ROOT } from '../src/testing/shared.js';
import { writeCorpus } from './corpus.js';
import { dropSchemas, PG_URL, pgUnavailable, testSchema, withSchema } from '../src/store/postgres/pg-testing.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const BIN = join(REPO_ROOT, 'bin', 'lagebild');
/** extra node/V8 flags for every spawned CLI process (--node-flags "--max-semi-space-size=32"): for trying runtime settings */
const NODE_FLAGS = (arg('--node-flags') ?? '').split(' ').filter(Boolean);

interface ProcStat { seconds: number; rate: number; analysed: number; peakRssMb: number; cpuSeconds: number }
interface Run {
  store: 'sqlite' | 'postgres';
  mode: 'ingest' | 'workers';
  processes: number;
  articles: number;
  /** spawn of the first process → exit of the last */
  wallSeconds: number;
  articlesPerSecond: number;
  /** enqueue-only ingest before the workers (not part of wallSeconds) */
  enqueueSeconds?: number;
  procs: ProcStat[];
  loadAverage1m: number;
  /** 1-based round of --repeat (PostgreSQL runs) */
  round?: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function round(x: number, d = 1): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** Runs bin/lagebild with args; resolves with its combined output (rejects on a non-zero exit). */
function cli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...NODE_FLAGS, BIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (c) => (out += c));
    p.stderr.on('data', (c) => (out += c));
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`lagebild ${args.join(' ')}: exit ${code}\n${out}`))));
  });
}

/** Parses the summary line of ingest / worker. */
function stat(out: string): ProcStat {
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  return {
    seconds: num(/in ([\d.]+) s/),
    rate: num(/\(([\d.]+)\/s\)/),
    analysed: num(/(\d+) analysed/),
    peakRssMb: num(/peak RSS (\d+) MB/),
    cpuSeconds: num(/CPU ([\d.]+) s/),
  };
}

async function ingestRun(file: string, db: string, n: number): Promise<Run> {
  const load = loadavg()[0];
  const t0 = performance.now();
  const out = await cli(['ingest', file, '--db', db]);
  const wall = (performance.now() - t0) / 1000;
  return { store: 'sqlite', mode: 'ingest', processes: 1, articles: n, wallSeconds: round(wall, 2), articlesPerSecond: round(n / wall), procs: [stat(out)], loadAverage1m: round(load, 2) };
}

async function workerRun(store: 'sqlite' | 'postgres', file: string, db: string, n: number, workers: number): Promise<Run> {
  const e0 = performance.now();
  await cli(['ingest', file, '--db', db, '--enqueue-only']);
  const enqueue = (performance.now() - e0) / 1000;
  const load = loadavg()[0];
  const t0 = performance.now();
  const outs = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--db', db, '--once'])));
  const wall = (performance.now() - t0) / 1000;
  return {
    store, mode: 'workers', processes: workers, articles: n, wallSeconds: round(wall, 2), articlesPerSecond: round(n / wall),
    enqueueSeconds: round(enqueue, 2), procs: outs.map(stat), loadAverage1m: round(load, 2),
  };
}

async function main(): Promise<void> {
  const limit = Number(arg('--limit') ?? 12_000);
  const stores = (arg('--stores') ?? 'sqlite,postgres').split(',');
  const repeat = Math.max(1, Number(arg('--repeat') ?? 3));
  const workerCounts = (arg('--workers') ?? '1,2,4').split(',').map(Number).filter((x) => x > 0);
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  const file = join(dir, 'corpus.jsonl');
  const base = await writeCorpus(file, limit);
  if (base === null) {
    console.log(SHARED_MISSING);
    return;
  }
  const n = limit;
  const runs: Run[] = [];
  const log = (r: Run) => {
    runs.push(r);
    console.log(`${r.store} ${r.mode} x${r.processes}: ${r.articlesPerSecond}/s wall (${r.wallSeconds} s), ` +
      `per process ${r.procs.map((p) => `${p.analysed} in ${p.seconds} s, ${p.peakRssMb} MB, CPU ${p.cpuSeconds} s`).join(' | ')}, load ${r.loadAverage1m}`);
  };
  try {
    if (stores.includes('sqlite')) log(await ingestRun(file, join(dir, 'ingest.db'), n));
    if (stores.includes('sqlite') && !process.argv.includes('--no-sqlite-workers')) {
      for (const w of workerCounts) log(await workerRun('sqlite', file, join(dir, `workers-${w}.db`), n, w));
    }
    const pgReason = stores.includes('postgres') ? await pgUnavailable() : 'not asked for (--stores)';
    if (pgReason) console.log(`postgres runs ${pgReason}`);
    else {
      // rounds interleave the worker counts (1, 2, 4, 1, 2, 4, …) so that a noisy minute of the
      // shared machine does not fall on one count only; speed-ups are per round, then the median
      for (let round = 1; round <= repeat; round++) {
        for (const w of workerCounts) {
          const schema = testSchema().replace('lagebild_test_', 'lagebild_bench_');
          try {
            log({ ...(await workerRun('postgres', file, withSchema(PG_URL, schema), n, w)), round });
          } finally {
            await dropSchemas([schema]);
          }
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version, os: `${platform()} ${release()}`,
  };
  const report = {
    date: new Date().toISOString(),
    command: `node --import tsx bench/ingest-speed.ts --limit ${limit}${arg('--stores') ? ` --stores ${arg('--stores')}` : ''}${arg('--workers') ? ` --workers ${arg('--workers')}` : ''}${arg('--repeat') ? ` --repeat ${repeat}` : ''}${NODE_FLAGS.length ? ` --node-flags "${NODE_FLAGS.join(' ')}"` : ''}`,
    machine,
    corpus: `${n} articles, round-robin over ../shared/eval/corpora/*.jsonl (${base} distinct), then repeated with mutations (bench/corpus.ts)`,
    note: 'shared, noisy machine (other processes ran at the same time; see the load average per run); wall includes process start-up',
    runs,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  // keep the long-ingest section bench/ingest-100k.ts wrote
  const jsonPath = join(OUT_DIR, 'ingest.json'), mdPath = join(OUT_DIR, 'ingest.md');
  const long = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')).long : undefined;
  const longMd = existsSync(mdPath) ? readFileSync(mdPath, 'utf8').split('\n## Long ingest')[1] : undefined;
  writeFileSync(jsonPath, `${JSON.stringify(long ? { ...report, long } : report, null, 2)}\n`);
  writeFileSync(mdPath, markdown(report) + (longMd ? `\n## Long ingest${longMd}` : ''));
  console.log(`wrote ${join(OUT_DIR, 'ingest.json')} and .md`);
}

function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : round((v[v.length / 2 - 1] + v[v.length / 2]) / 2, 2);
}

function markdown(r: { date: string; command: string; machine: Record<string, unknown>; corpus: string; note: string; runs: Run[] }): string {
  const lines = [
    '# Ingest and worker throughput',
    '',
    `Measured ${r.date} with \`${r.command}\` on ${String(r.machine.cpu)} (${String(r.machine.cores)} cores, ${String(r.machine.memoryGb)} GB), Node ${String(r.machine.node)}, ${String(r.machine.os)}.`,
    `Corpus: ${r.corpus}. Note: ${r.note}.`,
    '',
    '| store | mode | round | processes | articles | wall s | articles/s (wall) | speed-up vs 1 (same round) | articles per CPU-second | per-process peak RSS MB | per-process CPU s | load avg (1 min) at start |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|',
  ];
  const sameRound = (x: Run, y: Run) => y.store === x.store && y.mode === x.mode && y.round === x.round;
  const speedup = (x: Run) => {
    const one = r.runs.find((y) => sameRound(x, y) && y.processes === 1);
    return one ? round(x.articlesPerSecond / one.articlesPerSecond, 2) : null;
  };
  for (const x of r.runs) {
    const cpu = x.procs.reduce((a, p) => a + p.cpuSeconds, 0);
    lines.push(`| ${x.store} | ${x.mode} | ${x.round ?? 1} | ${x.processes} | ${x.articles} | ${x.wallSeconds} | ${x.articlesPerSecond} | ${speedup(x) ?? ''} | ${round(x.articles / cpu)} | ${x.procs.map((p) => p.peakRssMb).join(', ')} | ${x.procs.map((p) => p.cpuSeconds).join(', ')} | ${x.loadAverage1m} |`);
  }
  const rounds = r.runs.filter((x) => x.round !== undefined);
  const counts = [...new Set(rounds.map((x) => x.processes))].filter((p) => p > 1);
  if (rounds.length && counts.length) {
    lines.push('', 'PostgreSQL workers, median over the rounds:', '');
    for (const p of counts) {
      const ups = rounds.filter((x) => x.processes === p).map(speedup).filter((v): v is number => v !== null);
      const rates = (q: number) => rounds.filter((x) => x.processes === q).map((x) => x.articlesPerSecond);
      lines.push(`- **${p} workers vs 1: ${median(ups)}x** (rounds: ${ups.join(', ')}); articles/s median ${median(rates(p))} vs ${median(rates(1))}`);
    }
  }
  const enq = r.runs.filter((x) => x.enqueueSeconds !== undefined);
  if (enq.length) {
    lines.push('', 'Enqueue-only ingest before the worker runs (read + store, no analysis):', '');
    for (const x of enq) lines.push(`- ${x.store}, before ${x.processes} worker(s): ${x.articles} articles in ${x.enqueueSeconds} s (${round(x.articles / (x.enqueueSeconds ?? 1))}/s)`);
  }
  return `${lines.join('\n')}\n`;
}

await main();
