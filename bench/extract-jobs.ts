/**
 * Whole-process `lagebild extract --format jsonl` over a corpus with --jobs 1 against --jobs 2 (or
 * any list): real bin/lagebild processes, interleaved rounds (1, 2, 1, 2, ...), wall time from
 * spawn to exit (process start-up, worker start-up, reading, writing included), articles/s, and
 * the median of the rounds; the speed-up is per round (same minute, same machine load), then the
 * median. Every run's output is hashed: all must be byte-identical. Skips when ../shared is absent.
 * The children are plain bin/lagebild processes, so they run with the product's settings (the pool
 * workers' V8 flags, src/parallel/v8-flags.ts V8_FLAGS; nothing is added on the command line).
 *
 * Targets (issue 15): --jobs 2 at least 1.7x --jobs 1 on the 2-core machine, at least 300 articles/s.
 *
 * `--jobs 1` alone is not a one-core figure: V8's compiler and GC threads run beside the
 * analysing thread on the other core. `--one-core` adds, in each round, `--jobs 1` pinned to one
 * CPU (`taskset -c 0`, Linux) and prints the speed-ups against it too.
 *
 * Usage: node --import tsx bench/extract-jobs.ts [--corpus FILE] [--rounds 3] [--jobs 1,2] [--one-core] [--write]
 *   --write   writes bench/results/extract-jobs.json and .md (only on a quiet machine)
 *
 * @example
 * node --import tsx bench/extract-jobs.ts --rounds 3 --write
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, sharedFile, SHARED_MISSING } from '../src/testing/shared.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const BIN = join(REPO_ROOT, 'bin', 'lagebild');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r1 = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

interface Run { round: number; jobs: number; oneCore: boolean; seconds: number; articlesPerSecond: number; cpuSeconds: number; firstSeconds: number; afterFirstPerSecond: number; load1m: number; sha256: string }

/**
 * One whole extract process with stdout to a file (on CPU 0 only with `oneCore`); wall seconds,
 * the child's CPU seconds and the seconds until the first result reached the file (the file's
 * size polled every 5 ms: start-up, the workers' start-up and the first analysis).
 */
function extract(corpus: string, jobs: number, outFile: string, oneCore = false): Promise<{ seconds: number; cpuSeconds: number; firstSeconds: number }> {
  return new Promise((resolve, reject) => {
    const fd = openSync(outFile, 'w');
    const t0 = process.hrtime.bigint();
    let firstSeconds = NaN;
    const poll = setInterval(() => {
      if (fstatSync(fd).size > 0) {
        firstSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
        clearInterval(poll);
      }
    }, 5);
    const node = oneCore ? 'taskset -c 0 node' : 'node';
    const p = spawn('bash', ['-c', `${node} "$@" >&3; s=$?; times >&2; exit $s`, 'bash', BIN, 'extract', corpus, '--format', 'jsonl', '--jobs', String(jobs)], {
      cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe', fd],
    });
    let err = '';
    p.stderr!.on('data', (c) => (err += c));
    p.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      clearInterval(poll);
      if (Number.isNaN(firstSeconds)) firstSeconds = seconds;
      closeSync(fd);
      if (code !== 0) return reject(new Error(`extract --jobs ${jobs}: exit ${code}\n${err}`));
      // `times` prints the shell's then its children's user/system times: "0m1.234s 0m0.100s"
      const lines = err.trim().split('\n');
      const child = lines[lines.length - 1].match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
      const cpuSeconds = child ? +child[1] * 60 + +child[2] + +child[3] * 60 + +child[4] : NaN;
      resolve({ seconds, cpuSeconds, firstSeconds });
    });
  });
}

async function main(): Promise<void> {
  const corpus = arg('--corpus') ?? sharedFile('eval/corpora/de-10kgnad.jsonl');
  if (!corpus) {
    console.log(`bench/extract-jobs: ${SHARED_MISSING}`);
    return;
  }
  const rounds = Math.max(1, Number(arg('--rounds') ?? 3));
  const jobsList = (arg('--jobs') ?? '1,2').split(',').map(Number);
  const oneCore = process.argv.includes('--one-core');
  // the configurations of a round: each --jobs value, then --jobs 1 on one CPU
  const configs = [...jobsList.map((jobs) => ({ jobs, oneCore: false })), ...(oneCore ? [{ jobs: 1, oneCore: true }] : [])];
  const label = (c: { jobs: number; oneCore: boolean }) => `--jobs ${c.jobs}${c.oneCore ? ' (one core)' : ''}`;
  const articles = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).length;
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-extract-jobs-'));
  const runs: Run[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const c of configs) {
        const { jobs } = c;
        const load1m = loadavg()[0];
        const out = join(dir, `out-${jobs}-${c.oneCore ? 'c0-' : ''}${round}.jsonl`);
        const { seconds, cpuSeconds, firstSeconds } = await extract(corpus, jobs, out, c.oneCore);
        const text = readFileSync(out);
        const lines = text.toString('utf8').trimEnd().split('\n').length;
        if (lines !== articles) throw new Error(`--jobs ${jobs}: ${lines} lines for ${articles} articles`);
        const run: Run = { round, jobs, oneCore: c.oneCore, seconds: r1(seconds, 2), articlesPerSecond: r1(articles / seconds), cpuSeconds: r1(cpuSeconds, 2), firstSeconds: r1(firstSeconds, 2), afterFirstPerSecond: r1((articles - 1) / (seconds - firstSeconds)), load1m: r1(load1m, 2), sha256: createHash('sha256').update(text).digest('hex') };
        runs.push(run);
        console.log(`round ${round} ${label(c)}: ${run.seconds} s, ${run.articlesPerSecond} articles/s, CPU ${run.cpuSeconds} s, first result after ${run.firstSeconds} s, then ${run.afterFirstPerSecond} articles/s (load ${run.load1m})`);
        rmSync(out);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const identical = new Set(runs.map((r) => r.sha256)).size === 1;
  const summary = configs.map((c) => {
    const mine = runs.filter((r) => r.jobs === c.jobs && r.oneCore === c.oneCore);
    return {
      jobs: c.jobs, oneCore: c.oneCore, medianSeconds: r1(median(mine.map((r) => r.seconds)), 2), medianArticlesPerSecond: r1(median(mine.map((r) => r.articlesPerSecond))),
      medianFirstSeconds: r1(median(mine.map((r) => r.firstSeconds)), 2), medianAfterFirstPerSecond: r1(median(mine.map((r) => r.afterFirstPerSecond))),
    };
  });
  const bases = [{ jobs: jobsList[0], oneCore: false }, ...(oneCore ? [{ jobs: 1, oneCore: true }] : [])];
  const speedups = bases.flatMap((base) => jobsList.slice(1).map((jobs) => {
    const perRound = Array.from({ length: rounds }, (_, i) => {
      const a = runs.find((r) => r.round === i + 1 && r.jobs === base.jobs && r.oneCore === base.oneCore)!;
      const b = runs.find((r) => r.round === i + 1 && r.jobs === jobs && !r.oneCore)!;
      return r1(a.seconds / b.seconds, 2);
    });
    return { jobs, vs: base.jobs, vsOneCore: base.oneCore, perRound, median: r1(median(perRound), 2) };
  }));
  console.log(`\noutputs byte-identical across runs: ${identical ? 'yes' : 'NO'}`);
  for (const s of summary) console.log(`${label(s)}: median ${s.medianSeconds} s, ${s.medianArticlesPerSecond} articles/s; first result after ${s.medianFirstSeconds} s, then ${s.medianAfterFirstPerSecond} articles/s`);
  for (const s of speedups) console.log(`--jobs ${s.jobs} vs ${label({ jobs: s.vs, oneCore: s.vsOneCore })}: ${s.median}x (rounds ${s.perRound.join(', ')}); target >= 1.7x and >= 300 articles/s`);
  if (!identical) process.exitCode = 1;
  if (!process.argv.includes('--write')) {
    console.log('(not written: pass --write on a quiet machine to record bench/results/extract-jobs.json and .md)');
    return;
  }
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: r1(totalmem() / 2 ** 30), node: process.version, os: `${platform()} ${release()}` };
  const command = `node --import tsx bench/extract-jobs.ts --rounds ${rounds} --jobs ${jobsList.join(',')}${oneCore ? ' --one-core' : ''}${arg('--corpus') ? ` --corpus ${arg('--corpus')}` : ''} --write`;
  const report = { date: new Date().toISOString(), command, machine, corpus: `${corpus.replace(/.*\/shared\//, '../shared/')} (${articles} articles)`, identical, summary, speedups, runs };
  writeFileSync(join(OUT_DIR, 'extract-jobs.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = [
    '# Whole-process extract, --jobs 1 vs --jobs 2',
    '',
    `Measured ${report.date} with \`${command}\` on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), Node ${machine.node}, ${machine.os}.`,
    `Corpus: ${report.corpus}. Wall time of the whole \`bin/lagebild extract --format jsonl\` process (start-up, workers, reading, writing to a file); CPU = the process's user + system seconds; "first" = seconds until the first result reached the output file (process and worker start-up, the first analysis), "after" = the rate of the remaining articles from then on. Outputs byte-identical across all runs: ${identical ? 'yes' : 'NO'}.`,
    '',
    '| round | jobs | wall s | articles/s | CPU s | first s | after first, articles/s | load (1 min) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map((r) => `| ${r.round} | ${r.jobs}${r.oneCore ? ' (one core)' : ''} | ${r.seconds} | ${r.articlesPerSecond} | ${r.cpuSeconds} | ${r.firstSeconds} | ${r.afterFirstPerSecond} | ${r.load1m} |`),
    '',
    ...summary.map((s) => `- ${label(s)}: median ${s.medianSeconds} s, **${s.medianArticlesPerSecond} articles/s**; first result after ${s.medianFirstSeconds} s, then ${s.medianAfterFirstPerSecond} articles/s`),
    ...speedups.map((s) => `- --jobs ${s.jobs} vs ${label({ jobs: s.vs, oneCore: s.vsOneCore })}: **${s.median}x** (per round: ${s.perRound.join(', ')}); targets ≥ 1.7x, ≥ 300 articles/s`),
    '',
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'extract-jobs.md'), md);
  console.log('written: bench/results/extract-jobs.json, extract-jobs.md');
}

await main();
