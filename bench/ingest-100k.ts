/**
 * A long ingest with flat memory: N articles (default 100,000) made from the articles of
 * ../shared/eval/corpora repeated with mutations (a changed header line, swapped and dropped
 * words, a running number), streamed to a temp JSONL file and ingested into a fresh SQLite file
 * by one `lagebild ingest` process. The child's resident memory is sampled once a second from
 * /proc; the report gives RSS at each tenth of the run, so growth is visible. Near-duplicate
 * detection is exercised hard (every repeat is a near-copy of a corpus article).
 *
 * Usage: node --import tsx bench/ingest-100k.ts [--n N] [--analyse]
 *   --analyse   also analyse every article (slow: the full pipeline on N articles); default: enqueue only
 * Appends its figures to bench/results/ingest.json ("long") and rewrites the section in ingest.md.
 * Skips (exit 0) when ../shared is absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFile, SHARED_MISSING, REPO_ROOT } from '../src/testing/shared.js';
import { writeCorpus } from './corpus.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const BIN = join(REPO_ROOT, 'bin', 'lagebild');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const n = Number(arg('--n') ?? 100_000);
  const analyse = process.argv.includes('--analyse');
  if (!sharedFile('eval/corpora')) {
    console.log(SHARED_MISSING);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-long-'));
  try {
    const file = join(dir, 'long.jsonl');
    const baseCount = (await writeCorpus(file, n)) ?? 0;
    const db = join(dir, 'long.db');
    const load = loadavg()[0];
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db, ...(analyse ? [] : ['--enqueue-only'])], {
      cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const samples: { seconds: number; rssMb: number; articles: number }[] = [];
    const Database = (await import('better-sqlite3')).default;
    const timer = setInterval(() => {
      const rss = child.pid ? rssMb(child.pid) : null;
      if (rss === null) return;
      let articles = 0;
      try {
        if (existsSync(db)) {
          const c = new Database(db, { readonly: true, fileMustExist: true });
          articles = (c.prepare('SELECT max(seq) AS n FROM articles').get() as { n: number | null }).n ?? 0;
          c.close();
        }
      } catch { /* not migrated yet */ }
      samples.push({ seconds: Math.round((performance.now() - t0) / 100) / 10, rssMb: rss, articles });
    }, 1000);
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    clearInterval(timer);
    const wall = (performance.now() - t0) / 1000;
    if (code !== 0) throw new Error(`ingest failed (${code}): ${out}`);
    const byTenth = Array.from({ length: 10 }, (_, i) => {
      const target = ((i + 1) / 10) * n;
      return samples.find((s) => s.articles >= target) ?? samples[samples.length - 1];
    }).filter(Boolean);
    const c = new Database(db, { readonly: true });
    const dups = (c.prepare('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL').get() as { n: number }).n;
    const stored = (c.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    c.close();
    const long = {
      date: new Date().toISOString(),
      command: `node --import tsx bench/ingest-100k.ts --n ${n}${analyse ? ' --analyse' : ''}`,
      articles: n, baseArticles: baseCount, analysed: analyse, stored, nearDuplicates: dups,
      wallSeconds: Math.round(wall * 10) / 10, articlesPerSecond: Math.round((n / wall) * 10) / 10,
      summary: out.trim().split('\n').pop(), loadAverage1m: Math.round(load * 100) / 100,
      rssByTenth: byTenth.map((s) => ({ articles: s.articles, rssMb: s.rssMb, seconds: s.seconds })),
      peakRssMb: Math.max(...samples.map((s) => s.rssMb)),
    };
    console.log(JSON.stringify(long, null, 2));
    const jsonPath = join(OUT_DIR, 'ingest.json');
    const report = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : {};
    report.long = long;
    writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    const mdPath = join(OUT_DIR, 'ingest.md');
    const md = existsSync(mdPath) ? readFileSync(mdPath, 'utf8').split('\n## Long ingest')[0].trimEnd() : '# Ingest and worker throughput';
    const section = [
      '', '## Long ingest (flat memory)', '',
      `Measured ${long.date} with \`${long.command}\` (load average ${long.loadAverage1m} at start; shared, noisy machine).`,
      `${n} articles: the ${baseCount} corpus articles repeated with mutations (header line, a dropped and two swapped words), ` +
      `${analyse ? 'stored and analysed' : 'stored only (--enqueue-only: read, hash, MinHash + LSH lookup, insert)'}; ` +
      `${stored} stored, ${dups} linked as near-duplicates; ${long.wallSeconds} s wall, ${long.articlesPerSecond} articles/s.`,
      '', '| articles stored | RSS MB | seconds |', '|---:|---:|---:|',
      ...long.rssByTenth.map((s) => `| ${s.articles} | ${s.rssMb} | ${s.seconds} |`),
      '', `Peak RSS of the ingest process: ${long.peakRssMb} MB.`, '',
    ];
    writeFileSync(mdPath, `${md}\n${section.join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
