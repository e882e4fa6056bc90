/**
 * Worker memory: is a long `lagebild worker` run on PostgreSQL leaking, or is V8 just letting its
 * heap grow? Makes a private PostgreSQL cluster (src/store/postgres/pg-cluster.ts), enqueues the
 * bench corpus (../shared/eval/corpora round-robin, then mutated repeats: bench/corpus.ts) into a
 * fresh schema per run, and runs the real CLI worker (`bin/lagebild worker --once`) four ways:
 *
 * - plain: as users run it (peak RSS and CPU from its summary line);
 * - live heap: `--expose-gc` + bench/heap-probe.mjs, heapUsed after two full collections every 5 s;
 * - heap incl. garbage: the probe without forced collections (what V8 keeps between its own GCs);
 * - capped: NODE_OPTIONS=--max-old-space-size=256.
 *
 * Writes bench/results/worker-heap.md. Needs ../shared and initdb/pg_ctl (as root: runuser).
 * Usage: node --import tsx bench/worker-heap.ts [--n 12000]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.js';
import { clusterUnavailable, PgCluster } from '../src/store/postgres/pg-cluster.js';
import { withSchema } from '../src/store/postgres/pg-testing.js';
import { REPO_ROOT } from '../src/testing/shared.js';

interface Sample { tag: string; s: number; heapUsed: number; heapTotal: number; rss: number; maxRss: number }
interface Run { name: string; summary: string; load: number; samples: Sample[] }

const { values } = parseArgs({ options: { n: { type: 'string', default: '12000' } } });
const N = Number(values.n);
const BIN = join(REPO_ROOT, 'bin', 'lagebild');
const PROBE = join(REPO_ROOT, 'bench', 'heap-probe.mjs');

function run(args: string[], env: Record<string, string> = {}, node: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...node, BIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`lagebild ${args[0]} exit ${code}: ${out}`))));
  });
}

async function main(): Promise<void> {
  const why = clusterUnavailable();
  if (why) { console.log(`skipped: ${why}`); return; }
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-heap-'));
  const file = join(dir, 'corpus.jsonl');
  if ((await writeCorpus(file, N)) === null) { console.log('skipped: no ../shared/eval/corpora'); return; }
  const cluster = await PgCluster.create();
  const runs: Run[] = [];
  try {
    const ways: [string, Record<string, string>, string[]][] = [
      ['plain', {}, []],
      ['live heap (--expose-gc, gc before each sample)', {}, ['--expose-gc', '--import', PROBE]],
      ['heap incl. garbage (no forced gc)', {}, ['--import', PROBE]],
      ['capped (--max-old-space-size=256)', { NODE_OPTIONS: '--max-old-space-size=256' }, []],
    ];
    for (const [i, [name, env, node]] of ways.entries()) {
      const url = withSchema(cluster.url, `lagebild_heap_${i}`);
      const enq = await run(['ingest', file, '--db', url, '--enqueue-only']);
      const out = join(dir, `probe-${i}.jsonl`);
      const load = loadavg()[0];
      const summary = await run(['worker', '--db', url, '--once'], { ...env, HEAP_PROBE_OUT: out, HEAP_PROBE_MS: '5000' }, node);
      let samples: Sample[] = [];
      try { samples = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Sample); } catch { /* no probe */ }
      runs.push({ name, summary: summary.split('\n').at(-1)!, load, samples });
      console.log(`${name}: ${runs.at(-1)!.summary} (load ${load.toFixed(1)}; ${enq.split('\n').at(-1)})`);
    }
  } finally {
    await cluster.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
  const md = [
    '# Worker memory on PostgreSQL (bench/worker-heap.ts)',
    '',
    `\`node --import tsx bench/worker-heap.ts --n ${N}\`, ${new Date().toISOString().slice(0, 16)} UTC, Node ${process.version}, on the shared 2-core machine`,
    '(CPU and wall figures depend on the other engineers\' load; the memory figures hardly do).',
    `Corpus: ${N} articles (../shared/eval/corpora round-robin, then mutated repeats, bench/corpus.ts), enqueued with`,
    '`ingest --enqueue-only` into a fresh schema of a private PostgreSQL 15 cluster, then one `lagebild worker --once`.',
    '',
    '| run | load avg at start | worker summary |',
    '|---|---|---|',
    ...runs.map((r) => `| ${r.name} | ${r.load.toFixed(1)} | ${r.summary.replace(/\|/g, '\\|')} |`),
    '',
    ...runs.filter((r) => r.samples.length).flatMap((r) => [
      `## ${r.name}: every 5 s`,
      '',
      '| s | heapUsed MB | heapTotal MB | RSS MB | peak RSS MB |',
      '|---|---|---|---|---|',
      ...r.samples.map((s) => `| ${s.tag === 'exit' ? `${s.s} (exit)` : s.s} | ${s.heapUsed} | ${s.heapTotal} | ${s.rss} | ${s.maxRss} |`),
      '',
    ]),
  ].join('\n');
  mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'scripts', 'results', 'worker-heap.md'), md);
  console.log('wrote bench/results/worker-heap.md');
}

await main();
