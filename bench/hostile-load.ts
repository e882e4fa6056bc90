/**
 * Hostile load (issue 15): a real `lagebild serve` process on 127.0.0.1 under 16 readers (the
 * dashboard's GET requests, in loops), 2 API writers (POST /api/articles, one new article after
 * another) and one CLI ingest (`lagebild ingest` processes one after another over fresh chunks
 * of 100 articles), all at once for 60 s; then it stops itself and checks the store: every article a
 * writer was told was stored (2xx) and every article an ingest read must be there exactly once.
 * Prints request rates, p50/p95/p99 per kind (read, each read route, write), errors (non-2xx,
 * failed requests, ingest exits) and the lost / duplicated counts.
 *
 * Articles are team-written (src/ingest/corpus.ts: syntheticArticles), so anyone can run it, no
 * ../shared needed. The store starts with 300 articles ingested before the clock starts.
 *
 * Targets on SQLite: 0 errors, 0 lost, read p95 < 200 ms.
 *
 * Usage: node --import tsx bench/hostile-load.ts [--seconds 60] [--store sqlite|postgres]
 *          [--readers 16] [--writers 2] [--no-ingest] [--ingest-nice N] [--write]
 *   --store postgres   a fresh schema in LAGEBILD_PG_URL (dropped afterwards); ingest only
 *                      enqueues there, so one `lagebild worker` process analyses alongside
 *   --write            records bench/results/hostile-load[-pg].json and .md (only on a quiet machine)
 *
 * @example
 * node --import tsx bench/hostile-load.ts --seconds 10
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticArticles } from '../src/ingest/corpus.js';
import { openStore } from '../src/store/open.js';
import { REPO_ROOT } from '../src/testing/shared.js';
import { dropSchemas, PG_URL, pgUnavailable, testSchema, withSchema } from '../src/store/postgres/pg-testing.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const BIN = join(REPO_ROOT, 'bin', 'lagebild');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const has = (name: string) => process.argv.includes(name);
const r1 = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Latencies and errors per kind of request. */
class Stats {
  readonly ms = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  readonly samples: string[] = [];
  add(kind: string, ms: number): void {
    (this.ms.get(kind) ?? this.ms.set(kind, []).get(kind)!).push(ms);
  }
  error(kind: string, what: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
    if (this.samples.length < 10) this.samples.push(`${kind}: ${what}`);
  }
  row(kind: string, seconds: number) {
    const xs = [...(this.ms.get(kind) ?? [])].sort((a, b) => a - b);
    return { kind, requests: xs.length, perSecond: r1(xs.length / seconds), p50: r1(percentile(xs, 50)), p95: r1(percentile(xs, 95)), p99: r1(percentile(xs, 99)), errors: this.errors.get(kind) ?? 0 };
  }
}

/** Runs bin/lagebild to the end; resolves with exit code and output. */
function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (c) => (out += c));
    p.stderr.on('data', (c) => (out += c));
    p.on('exit', (code) => resolve({ code, out }));
  });
}

/** Starts `lagebild serve` on a free port; resolves with the process and its URL. */
function serve(db: string): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--no-build'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stderr!.on('data', (c) => (err += c));
    proc.stdout!.on('data', (c) => {
      out += c;
      const m = /^(http:\/\/\S+)\n/m.exec(out);
      if (m) resolve({ proc, url: m[1] });
    });
    proc.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${err.trim()}`)));
  });
}

const stop = (p: ChildProcess) => new Promise<void>((r) => {
  if (p.exitCode !== null) return r();
  p.once('exit', () => r());
  p.kill('SIGTERM');
});

async function main(): Promise<void> {
  const seconds = Number(arg('--seconds') ?? 60);
  const nReaders = Number(arg('--readers') ?? 16);
  const nWriters = Number(arg('--writers') ?? 2);
  const withIngest = !has('--no-ingest');
  // the CLI ingest's analysis threads at this nice value (`lagebild ingest --nice N`; default: normal priority)
  const ingestNice = arg('--ingest-nice');
  const pg = (arg('--store') ?? 'sqlite') === 'postgres';
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-hostile-'));
  let schema: string | null = null;
  let db = join(dir, 'hostile.db');
  if (pg) {
    const why = await pgUnavailable();
    if (why) {
      console.log(`bench/hostile-load: PostgreSQL not reachable (${why}); nothing measured`);
      return;
    }
    schema = testSchema().replace('lagebild_test_', 'lagebild_hostile_');
    db = withSchema(PG_URL, schema);
  }
  const procs: ChildProcess[] = [];
  try {
    // a store with content to read: 300 articles, analysed (PostgreSQL: enqueued, then one worker run)
    const seed = join(dir, 'seed.jsonl');
    writeFileSync(seed, syntheticArticles(300, 8, 101).map((a) => JSON.stringify({ ...a, id: `hl-seed-${a.id}` })).join('\n'));
    const s0 = await cli(['ingest', seed, '--db', db]);
    if (s0.code !== 0) throw new Error(`seed ingest failed: ${s0.out}`);
    if (pg) {
      const w0 = await cli(['worker', '--db', db, '--once']);
      if (w0.code !== 0) throw new Error(`seed worker failed: ${w0.out}`);
    }
    const { proc: server, url } = await serve(db);
    procs.push(server);
    const worker = pg ? spawn(process.execPath, [BIN, 'worker', '--db', db], { cwd: REPO_ROOT, stdio: 'ignore' }) : null;
    if (worker) procs.push(worker);
    const seedIds = syntheticArticles(300, 8, 101).map((a) => `hl-seed-${a.id}`);
    const READS: [string, () => string][] = [
      ['stats', () => '/api/stats'],
      ['articles', () => '/api/articles?limit=50'],
      ['articles?q', () => '/api/articles?q=Regierung&limit=50'],
      ['article', () => `/api/articles/${seedIds[Math.floor(Math.random() * seedIds.length)]}`],
      ['events', () => '/api/events?limit=100'],
      ['events?dyad', () => '/api/events?source=DEU&target=FRA&either=1&limit=100'],
      ['quotes', () => '/api/quotes?limit=100'],
      ['actors', () => '/api/actors?limit=200'],
      ['actor', () => '/api/actor?name=Anna%20Keller'],
      ['relation', () => '/api/relation?a=DEU&b=FRA'],
      ['dyads', () => '/api/dyads'],
      ['places', () => '/api/places'],
    ];
    // the server starts its analysis workers at the first POST: not part of the measured minute
    const warm = await fetch(new URL('/api/articles', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'hl-warm', text: 'Kanada und Polen vereinbarten am Montag in Ottawa eine engere Zusammenarbeit.' }) });
    if (warm.status >= 300) throw new Error(`warm-up POST: HTTP ${warm.status} ${await warm.text()}`);
    const stats = new Stats();
    const t0 = performance.now();
    const deadline = t0 + seconds * 1000;
    const load0 = loadavg()[0];

    const reader = async (n: number) => {
      for (let i = n; performance.now() < deadline; i++) {
        const [kind, path] = READS[i % READS.length];
        const a = performance.now();
        try {
          const res = await fetch(new URL(path(), url));
          await res.arrayBuffer();
          const ms = performance.now() - a;
          if (res.status !== 200) stats.error('read', `${kind} HTTP ${res.status}`);
          else { stats.add('read', ms); stats.add(`read ${kind}`, ms); }
        } catch (err) {
          stats.error('read', `${kind} ${(err as Error).message}`);
        }
      }
    };
    const acked = new Set<string>();
    let writerSeq = 0;
    const writer = async (w: number) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const [a] = syntheticArticles(1, 8, 10_000 + w * 100_000 + i);
        const id = `hl-w${w}-${i}`;
        const body = JSON.stringify({ ...a, id, text: `${a.text} (Meldung ${w}/${i}/${writerSeq++})` });
        const t = performance.now();
        try {
          const res = await fetch(new URL('/api/articles', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          const json = (await res.json()) as { items?: { id: string }[] };
          if (res.status >= 200 && res.status < 300) {
            stats.add('write', performance.now() - t);
            for (const it of json.items ?? []) acked.add(it.id);
          } else stats.error('write', `HTTP ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
        } catch (err) {
          stats.error('write', (err as Error).message);
        }
      }
    };
    const ingested = new Set<string>();
    let ingestRuns = 0;
    let ingestArticles = 0;
    const ingester = async () => {
      for (let chunk = 0; performance.now() < deadline; chunk++) {
        const arts = syntheticArticles(100, 8, 500_000 + chunk).map((a) => ({ ...a, id: `hl-i${chunk}-${a.id}` }));
        const f = join(dir, `chunk-${chunk}.jsonl`);
        writeFileSync(f, arts.map((a) => JSON.stringify(a)).join('\n'));
        const t = performance.now();
        const r = await cli(['ingest', f, '--db', db, ...(ingestNice ? ['--nice', ingestNice] : [])]);
        ingestRuns++;
        if (r.code !== 0) stats.error('ingest', `exit ${r.code}: ${r.out.trim().split('\n').pop()}`);
        else {
          stats.add('ingest run', performance.now() - t);
          for (const a of arts) ingested.add(a.id);
          ingestArticles += arts.length;
        }
      }
    };
    await Promise.all([
      ...Array.from({ length: nReaders }, (_, i) => reader(i)),
      ...Array.from({ length: nWriters }, (_, i) => writer(i)),
      ...(withIngest ? [ingester()] : []),
    ]);
    const wall = (performance.now() - t0) / 1000; // readers and writers stop at the deadline; the last ingest run finishes its 100 articles
    if (worker) {
      // let the worker finish what ingest enqueued (bounded: 5 minutes)
      const store = await openStore(db);
      try {
        for (let i = 0; i < 300 && (await store.pendingCount()) > 0; i++) await new Promise((r) => setTimeout(r, 1000));
      } finally {
        await store.close();
      }
    }
    for (const p of procs) await stop(p);

    // lost / duplicated: what was acknowledged or ingested against what the store holds
    const store = await openStore(db);
    let stored = 0;
    let lost = 0;
    let notAnalysed = 0;
    const texts = new Map<string, number>();
    try {
      for (const id of [...acked, ...ingested]) {
        const a = await store.getArticle(id);
        if (!a) { lost++; continue; }
        stored++;
        if (a.status !== 'done') notAnalysed++;
        texts.set(a.text, (texts.get(a.text) ?? 0) + 1);
      }
    } finally {
      await store.close();
    }
    const duplicated = [...texts.values()].reduce((n, c) => n + c - 1, 0);
    const kinds = ['read', ...READS.map(([k]) => `read ${k}`), 'write', 'ingest run'];
    const rows = kinds.map((k) => stats.row(k, seconds));
    const errors = [...stats.errors.values()].reduce((a, b) => a + b, 0);
    console.log(`hostile load on ${pg ? 'PostgreSQL' : 'SQLite'}: ${nReaders} readers, ${nWriters} API writers, ${withIngest ? 'one CLI ingest' : 'no ingest'}, ${seconds} s (${r1(wall)} s until the last ingest run ended; load average ${r1(load0, 2)} at the start, ${r1(loadavg()[0], 2)} at the end)`);
    console.log('kind                   requests    /s     p50 ms   p95 ms   p99 ms  errors');
    for (const r of rows) console.log(`${r.kind.padEnd(22)} ${String(r.requests).padStart(8)} ${String(r.perSecond).padStart(6)} ${String(r.p50).padStart(9)} ${String(r.p95).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(7)}`);
    console.log(`ingest: ${ingestRuns} runs, ${ingestArticles} articles in finished runs`);
    console.log(`articles: ${acked.size} acknowledged by the API + ${ingested.size} ingested = ${acked.size + ingested.size}; stored ${stored}, lost ${lost}, duplicated ${duplicated}, not analysed ${notAnalysed}`);
    console.log(`errors: ${errors}${stats.samples.length ? `\n  ${stats.samples.join('\n  ')}` : ''}`);
    const read = rows[0];
    console.log(`targets: 0 errors ${errors === 0 ? 'ok' : 'MISSED'}, 0 lost ${lost === 0 ? 'ok' : 'MISSED'}, read p95 < 200 ms ${read.p95 < 200 ? 'ok' : 'MISSED'} (${read.p95} ms)`);
    if (errors || lost || duplicated) process.exitCode = 1;
    if (!has('--write')) {
      console.log('(not written: pass --write on a quiet machine to record bench/results/hostile-load*.json and .md)');
      return;
    }
    const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: r1(totalmem() / 2 ** 30), node: process.version, os: `${platform()} ${release()}` };
    const name = pg ? 'hostile-load-pg' : 'hostile-load';
    const command = `node --import tsx bench/hostile-load.ts --seconds ${seconds}${pg ? ' --store postgres' : ''}${nReaders !== 16 ? ` --readers ${nReaders}` : ''}${nWriters !== 2 ? ` --writers ${nWriters}` : ''}${withIngest ? '' : ' --no-ingest'}${ingestNice ? ` --ingest-nice ${ingestNice}` : ''} --write`;
    const report = { date: new Date().toISOString(), command, machine, loadAverageStart: r1(load0, 2), seconds: r1(wall), rows, ingestRuns, ingestArticles, acknowledged: acked.size, ingested: ingested.size, stored, lost, duplicated, notAnalysed, errors, errorSamples: stats.samples };
    writeFileSync(join(OUT_DIR, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(OUT_DIR, `${name}.md`), [
      `# Hostile load on ${pg ? 'PostgreSQL' : 'SQLite'}`,
      '',
      `Measured ${report.date} with \`${command}\` on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), Node ${machine.node}, ${machine.os}; load average ${report.loadAverageStart} at the start.`,
      `${nReaders} readers (dashboard GETs in a loop), ${nWriters} API writers (POST /api/articles), ${withIngest ? `one CLI ingest (${ingestRuns} runs of 100 articles one after another; the last run finishes after the clock)` : 'no ingest'}, ${report.seconds} s; a store seeded with 300 articles.`,
      '',
      '| kind | requests | per s | p50 ms | p95 ms | p99 ms | errors |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.kind} | ${r.requests} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`),
      '',
      `Articles: ${acked.size} acknowledged by the API + ${ingested.size} ingested; stored ${stored}, **lost ${lost}**, **duplicated ${duplicated}**, not analysed ${notAnalysed}. **Errors: ${errors}**${stats.samples.length ? ` (${stats.samples.join('; ')})` : ''}.`,
      '',
    ].join('\n'));
    console.log(`written: bench/results/${name}.json, ${name}.md`);
  } finally {
    for (const p of procs) await stop(p);
    if (schema) await dropSchemas([schema]);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
