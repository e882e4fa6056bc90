/**
 * API latency behind each dashboard view, on a SQLite store of ~20,000 articles: every article of
 * ../shared/eval/corpora analysed once, then repeated (text marked with a copy number, result
 * copied) up to --articles. Copies are marked as distinct stories (duplicate_of cleared) so that
 * every query sees all 20,000 articles' rows: the worst case, not the deduplicated one.
 * Each request is sent --runs times over HTTP to an in-process server; p50/p95/max in ms.
 * Skips (exit 0) when ../shared is absent. Writes bench/results/api.json and api.md (SQLite), or
 * api-pg.json and api-pg.md with --store postgres.
 *
 * Usage: node --import tsx bench/api-speed.ts [--articles 20000] [--runs 40] [--db FILE]
 *        node --import tsx bench/api-speed.ts --store postgres [--articles 20000] [--runs 40] [--keep-schema NAME]
 *   --db FILE  reuse (or keep) the store file: a second run skips the ingest
 *   --store postgres  the same fill and requests on a PgStore (LAGEBILD_PG_URL, else the default of
 *     src/store/postgres/pg-testing.ts) in a fresh schema lagebild_bench_api_<random>, filled with
 *     the batch methods putArticles/putResults, ANALYZEd, and dropped at the end
 *   --keep-schema NAME  use schema NAME instead and keep it: filled when empty, reused (migrated,
 *     ANALYZEd) when it already holds articles
 * Without --db the filled store is cached as os.tmpdir()/lagebild-api-<key>.db, the key being the
 * corpus files (names, sizes, mtimes) and --articles: the next run only applies new migrations
 * (and re-runs ANALYZE when it did) instead of filling again (~8 minutes on the shared machine).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleIn, Result } from '../src/contract/schema.js';
import { analyze } from '../src/pipeline/analyze.js';
import { startServer } from '../src/server/server.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { PgStore } from '../src/store/postgres/pg-store.js';
import { PG_URL, withSchema } from '../src/store/postgres/pg-testing.js';
import type { AnalysisOutcome } from '../src/store/queue.js';
import { sharedFile, SHARED_MISSING } from '../src/testing/shared.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (x: number) => Math.round(x * 10) / 10;

/** The cache file of a filled store: keyed by the corpus files and the article count. */
function cachedDbFile(target: number): string {
  const folder = sharedFile('eval/corpora')!;
  const h = createHash('sha256').update(String(target));
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.jsonl')).sort()) {
    const st = statSync(join(folder, f));
    h.update(`${f}:${st.size}:${st.mtimeMs}\n`);
  }
  return join(tmpdir(), `lagebild-api-${h.digest('hex').slice(0, 16)}.db`);
}

async function fill(store: SqliteStore, target: number): Promise<{ seconds: number; base: number }> {
  const t0 = Date.now();
  const folder = sharedFile('eval/corpora')!;
  const base: { article: ArticleIn; result: Result }[] = [];
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(folder, f), 'utf8').split('\n')) {
      if (!line.trim() || base.length >= target) continue;
      const a = JSON.parse(line) as ArticleIn;
      const { id, inserted } = await store.putArticle(a);
      if (!inserted) continue;
      const r = analyze({ ...a, id });
      if ('error' in r) await store.putError(id, r.error);
      else {
        await store.putResult(id, r);
        base.push({ article: a, result: r });
      }
    }
  }
  process.stderr.write(`api-speed: ${base.length} distinct articles analysed in ${round((Date.now() - t0) / 1000)} s\n`);
  for (let n = 1, total = base.length; total < target; n++) {
    for (const b of base) {
      if (total >= target) break;
      const text = `${b.article.text}\n\n(copy ${n})`;
      const { id } = await store.putArticle({ ...b.article, id: `${b.article.id ?? b.result.id}-copy${n}`, text });
      await store.putResult(id, { ...b.result, id, text });
      total++;
    }
  }
  store.db.exec('UPDATE articles SET duplicate_of = NULL');
  await store.rebuildSummaries(); // duplicate_of changed behind the store's back
  store.db.exec('ANALYZE');
  return { seconds: round((Date.now() - t0) / 1000), base: base.length };
}

/**
 * The same content as fill(), written with the batch methods: corpus articles in batches of
 * BATCH (putArticles, then each inserted article analysed once and putResults), then the copies.
 */
async function fillPg(store: PgStore, target: number): Promise<{ seconds: number; base: number }> {
  const BATCH = 500;
  const t0 = Date.now();
  const folder = sharedFile('eval/corpora')!;
  const corpus: ArticleIn[] = [];
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(folder, f), 'utf8').split('\n')) {
      if (line.trim() && corpus.length < target) corpus.push(JSON.parse(line) as ArticleIn);
    }
  }
  const base: { article: ArticleIn; result: Result }[] = [];
  for (let i = 0; i < corpus.length; i += BATCH) {
    const batch = corpus.slice(i, i + BATCH);
    const put = await store.putArticles(batch);
    const outcomes: AnalysisOutcome[] = [];
    put.forEach((p, j) => {
      if (!p.inserted) return;
      const r = analyze({ ...batch[j], id: p.id });
      if ('error' in r) outcomes.push({ id: p.id, error: r.error });
      else {
        outcomes.push({ id: p.id, result: r });
        base.push({ article: batch[j], result: r });
      }
    });
    await store.putResults(outcomes);
  }
  process.stderr.write(`api-speed: ${base.length} distinct articles analysed in ${round((Date.now() - t0) / 1000)} s\n`);
  const copies: { article: ArticleIn; result: Result }[] = [];
  for (let n = 1, total = base.length; total < target; n++) {
    for (const b of base) {
      if (total >= target) break;
      const text = `${b.article.text}\n\n(copy ${n})`;
      copies.push({ article: { ...b.article, id: `${b.article.id ?? b.result.id}-copy${n}`, text }, result: b.result });
      total++;
    }
  }
  for (let i = 0; i < copies.length; i += BATCH) {
    const batch = copies.slice(i, i + BATCH);
    const put = await store.putArticles(batch.map((c) => c.article));
    await store.putResults(put.flatMap((p, j) => (p.inserted
      ? [{ id: p.id, result: { ...batch[j].result, id: p.id, text: batch[j].article.text } }] : [])));
  }
  await store.pool.query('UPDATE articles SET duplicate_of = NULL');
  await store.rebuildSummaries(); // duplicate_of changed behind the store's back
  await store.pool.query('ANALYZE');
  return { seconds: round((Date.now() - t0) / 1000), base: base.length };
}

async function main(): Promise<void> {
  if (!sharedFile('eval/corpora')) {
    console.log(SHARED_MISSING);
    return;
  }
  const target = Number(arg('--articles') ?? 20000);
  const runs = Number(arg('--runs') ?? 40);
  const kind = arg('--store') ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`--store must be sqlite or postgres, not "${kind}"`);
  if (kind === 'postgres') return benchPg(target, runs);
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-api-'));
  const dbFile = arg('--db') ?? cachedDbFile(target);
  const fresh = !existsSync(dbFile);
  const store = new SqliteStore(dbFile);
  const before = fresh ? [] : store.appliedVersions();
  await store.migrate();
  const migrated = !fresh && store.appliedVersions().length !== before.length;
  if (migrated) store.db.exec('ANALYZE'); // new indexes need statistics for the planner
  const filled = fresh ? await fill(store, target) : null;
  process.stderr.write(`api-speed: store ${dbFile}${fresh ? ' (filled now)' : migrated ? ' (cached; migrated)' : ' (cached)'}\n`);
  const counts = await store.counts();
  const { a, b, actor, rows } = await timeViews(store, runs, tmp);
  // /api/places is cached until the next write: also time the aggregation itself, uncached
  // (a new connection each time has an empty cache).
  const cold: number[] = [];
  for (let i = 0; i < Math.min(runs, 10); i++) {
    const fresh = new SqliteStore(dbFile);
    const t = process.hrtime.bigint();
    await fresh.places();
    cold.push(Number(process.hrtime.bigint() - t) / 1e6);
    await fresh.close();
  }
  cold.sort((x, y) => x - y);
  rows.push({ view: 'Map, uncached (store.places() in-process, new connection)', requests: ['places() + countries'], p50: round(pct(cold, 50)), p95: round(pct(cold, 95)), max: round(cold[cold.length - 1]) });
  await store.close();
  rmSync(tmp, { recursive: true, force: true });

  const when = new Date().toISOString();
  const machine = `${cpus()[0]?.model.trim() ?? '?'} (${cpus().length} cores, shared; load average ${round(loadavg()[0])})`;
  const out = { measured: when, machine, node: process.version, os: `${platform()} ${release()}`, store: 'sqlite', counts, fill: filled, runs, pair: [a, b], actor, views: rows };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'api.json'), `${JSON.stringify(out, null, 2)}\n`);
  const md = [
    '# API latency behind the dashboard views',
    '',
    `Measured ${when} with \`node --import tsx bench/api-speed.ts\` on ${machine}, Node ${process.version}, ${out.os}.`,
    `SQLite store: ${counts.articles} articles (${filled ? `${filled.base} distinct corpus articles analysed, repeated; filled in ${filled.seconds} s` : 'cached file from an earlier fill'}), ${counts.events} events, ${counts.quotes} quotes.`,
    `Each view's requests sent together over HTTP to an in-process server, ${runs} times after one warm-up; wall milliseconds for the whole view. Pair ${a}–${b}, actor "${actor}".`,
    'The machine is shared with other engineers\' tests and benchmarks: figures vary by 2–4× between runs at the same code.',
    '`/api/places` answers from a cache kept until the next write (SQLite), so the Map row is a cache hit; the last row times the aggregation itself.',
    '',
    ...table(rows),
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'api.md'), md);
  console.log(md);
}

type ViewRow = { view: string; requests: string[]; p50: number; p95: number; max: number };

function table(rows: ViewRow[]): string[] {
  return [
    '| view | requests | p50 ms | p95 ms | max ms |',
    '|---|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.view} | ${r.requests.map((p) => `\`${p.replace(/\|/g, '%7C')}\``).join('<br>')} | ${r.p50} | ${r.p95} | ${r.max} |`),
    '',
  ];
}

/** Times each dashboard view's requests over HTTP against an in-process server on `store`. */
async function timeViews(store: SqliteStore | PgStore, runs: number, tmp: string): Promise<{ a: string; b: string; actor: string; rows: ViewRow[] }> {
  const srv = await startServer({ store, port: 0, staticDir: tmp });
  const get = async (path: string) => {
    const res = await fetch(new URL(path, srv.url));
    const body = await res.text();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${body}`);
    return body;
  };
  const dyads = JSON.parse(await get('/api/dyads?limit=200')).items as { a: string; b: string }[];
  const [a, b] = dyads.length ? [dyads[0].a, dyads[0].b] : ['USA', 'CHN'];
  const actor = (JSON.parse(await get('/api/actors?limit=1')).items[0]?.name as string | undefined) ?? 'Trump';
  const weeks = JSON.parse(await get(`/api/relation?a=${a}&b=${b}`)).points as { week: string; count: number }[];
  const busiest = [...weeks].sort((x, y) => y.count - x.count)[0]?.week ?? '2025-01-06';
  const week = busiest;
  const weekEnd = new Date(Date.parse(`${busiest}T00:00:00Z`) + 6 * 864e5).toISOString().slice(0, 10);
  const place = (JSON.parse(await get('/api/places')).places[0]?.name as string | undefined) ?? 'Berlin';
  const someId = JSON.parse(await get('/api/articles?limit=1')).items[0]?.id as string;
  // The requests each view makes when it opens (and on a typical filter/search).
  const views: [string, string[]][] = [
    ['Relations', ['/api/dyads?limit=200', `/api/relation?a=${a}&b=${b}`]],
    ['Relations (click a week)', [`/api/events?source=${a}&target=${b}&either=1&from=${week}&to=${weekEnd}&limit=2000`]],
    ['Events (open)', ['/api/dyads?limit=200', '/api/events?limit=200']],
    ['Events (filter dyad)', [`/api/events?source=${a}&target=${b}&either=1&limit=200`]],
    ['Events (filter type + text)', ['/api/events?type=CONSULT&q=talks&limit=200']],
    ['Events (filter actor + dates)', [`/api/events?actor=${encodeURIComponent(actor)}&from=2020-01-01&to=2025-12-31&limit=200`]],
    ['Articles', ['/api/articles?limit=500']],
    ['Articles (search)', ['/api/articles?q=Regierung&limit=500']],
    ['Article', [`/api/articles/${encodeURIComponent(someId)}`]],
    ['Actors', ['/api/actors?limit=500']],
    ['Actor detail', [`/api/actor?name=${encodeURIComponent(actor)}`]],
    ['Quotes (open)', ['/api/quotes?limit=500']],
    ['Quotes (search)', ['/api/quotes?q=government&limit=500']],
    ['Map', ['/api/places']],
    ['Map (open a place)', [`/api/events?place=${encodeURIComponent(place)}&limit=200`]],
    ['Header stats', ['/api/stats']],
    // issue 14's views
    ['Search (one box)', ['/api/search?q=Regierung&limit=50']],
    ['Search (prefix + other names)', ['/api/search?q=Zoll*%20Peking&limit=50']],
    ['Relations (per day, one direction, per 100 articles)', [`/api/relation?a=${a}&b=${b}&unit=day&direction=ab&norm=1`]],
    ['Country page', [`/api/country?c=${a}`]],
    ['Corrections (audit list)', ['/api/corrections']],
  ];
  const rows: ViewRow[] = [];
  for (const [view, paths] of views) {
    for (const p of paths) await get(p); // warm the statement cache
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      await Promise.all(paths.map(get)); // the page sends a view's requests together
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    ms.sort((x, y) => x - y);
    rows.push({ view, requests: paths, p50: round(pct(ms, 50)), p95: round(pct(ms, 95)), max: round(ms[ms.length - 1]) });
    process.stderr.write(`api-speed: ${view}: p95 ${round(pct(ms, 95))} ms\n`);
  }
  await srv.close();
  return { a, b, actor, rows };
}

/** --store postgres: fill (or reuse) a schema, time the views, write api-pg.json and api-pg.md. */
async function benchPg(target: number, runs: number): Promise<void> {
  const keep = arg('--keep-schema');
  const schema = keep ?? `lagebild_bench_api_${Math.random().toString(36).slice(2, 10)}`;
  const store = new PgStore(withSchema(PG_URL, schema), { max: 4, applicationName: 'lagebild-bench-api' });
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-api-'));
  try {
    const before = await store.pool.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, 'schema_migrations']);
    const had = before.rowCount ? (await store.appliedVersions()).length : 0;
    await store.migrate();
    const existing = Number((await store.pool.query('SELECT count(*) AS n FROM articles')).rows[0].n);
    const filled = existing ? null : await fillPg(store, target);
    const migrated = !!existing && (await store.appliedVersions()).length !== had;
    if (migrated) await store.pool.query('ANALYZE'); // new indexes need statistics for the planner
    process.stderr.write(`api-speed: PostgreSQL schema ${schema}${filled ? ' (filled now)' : migrated ? ' (reused; migrated)' : ' (reused)'}\n`);
    const counts = await store.counts();
    const { a, b, actor, rows } = await timeViews(store, runs, tmp);
    // PostgreSQL keeps no places() cache: the Map row is the aggregation; this row times it in-process.
    const direct: number[] = [];
    for (let i = 0; i < Math.min(runs, 10); i++) {
      const t = process.hrtime.bigint();
      await store.places();
      direct.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    direct.sort((x, y) => x - y);
    rows.push({ view: 'Map (store.places() in-process)', requests: ['places() + countries'], p50: round(pct(direct, 50)), p95: round(pct(direct, 95)), max: round(direct[direct.length - 1]) });
    const server = (await store.pool.query('SHOW server_version')).rows[0].server_version as string;

    const when = new Date().toISOString();
    const machine = `${cpus()[0]?.model.trim() ?? '?'} (${cpus().length} cores, shared; load average ${round(loadavg()[0])})`;
    const out = { measured: when, machine, node: process.version, os: `${platform()} ${release()}`, store: 'postgres', postgres: server, migrations: await store.appliedVersions(), counts, fill: filled, runs, pair: [a, b], actor, views: rows };
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, 'api-pg.json'), `${JSON.stringify(out, null, 2)}\n`);
    const md = [
      '# API latency behind the dashboard views, PostgreSQL store',
      '',
      `Measured ${when} with \`node --import tsx bench/api-speed.ts --store postgres\` on ${machine}, Node ${process.version}, ${out.os}; PostgreSQL ${server} on the same machine, pool of 4 connections, migrations ${out.migrations.join(', ')}.`,
      `PostgreSQL store: ${counts.articles} articles (${filled ? `${filled.base} distinct corpus articles analysed, repeated; filled with putArticles/putResults in batches of 500 in ${filled.seconds} s` : 'a schema filled by an earlier run'}), ${counts.events} events, ${counts.quotes} quotes; ANALYZE after the fill.`,
      `Each view's requests sent together over HTTP to an in-process server, ${runs} times after one warm-up; wall milliseconds for the whole view. Pair ${a}–${b}, actor "${actor}".`,
      'The machine is shared with other engineers\' tests and benchmarks: figures vary by 2–4× between runs at the same code.',
      'PostgreSQL keeps no `/api/places` cache, so the Map row is the aggregation itself; the last row times `places()` in-process.',
      '',
      ...table(rows),
    ].join('\n');
    writeFileSync(join(OUT_DIR, 'api-pg.md'), md);
    console.log(md);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    if (!keep) await store.dropSchema().catch((err) => process.stderr.write(`api-speed: could not drop schema ${schema}: ${(err as Error).message}\n`));
    await store.close();
  }
}

await main();
