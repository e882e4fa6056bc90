/**
 * Hostile requests against a real server on SQLite (and PostgreSQL where it answers): issue 15,
 * items 1 (poison pills through the API), 2 (cross-site writes), 3 (tokens and Host beyond
 * loopback), 4 (the 2 MB limit), 7 (refused URLs are 4xx), 11 (resume at start), 12 (dates),
 * 13 (text/plain charsets).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { hostname } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { startServer, type RunningServer } from './server.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { PgStore } from '../store/postgres/pg-store.js';
import { dropSchemas, PG_URL, pgUnavailable, testSchema, withSchema } from '../store/postgres/pg-testing.js';
import { readSource } from '../read/index.js';
import type { AddArticleResponse, ArticleResponse } from './api-types.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-hostile-'));
let store: SqliteStore;
let srv: RunningServer;
let tokened: RunningServer;
let exposed: RunningServer;

const TEXT = 'Die Außenministerin reiste am Montag nach Paris und traf dort ihren Amtskollegen.';

before(async () => {
  store = await SqliteStore.open(join(dir, 'h.db'));
  const fetchArticles = (url: string) => readSource(url, { limits: { timeoutMs: 3000 } });
  srv = await startServer({ store, port: 0, staticDir: dir, fetchArticles });
  tokened = await startServer({ store, port: 0, staticDir: dir, token: 't0ken' });
  exposed = await startServer({ store, port: 0, host: '0.0.0.0', staticDir: dir, token: 't0ken', allowedHosts: ['lagebild.example'] });
});
after(async () => {
  await srv.close();
  await tokened.close();
  await exposed.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request (any Host, Origin, Cookie header): status, headers and body. */
function raw(base: string, path: string, o: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(new URL(path, base), { method: o.method ?? 'GET', headers: o.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

const json = { 'content-type': 'application/json' };

test('item 2: a write without the token must be same-origin with Content-Type application/json exactly', async () => {
  const body = JSON.stringify({ text: `${TEXT} Fall zwei.` });
  const here = `http://127.0.0.1:${srv.port}`;
  const cases: [string, Record<string, string>, number][] = [
    ['Origin: null (sandboxed iframe, form after a redirect)', { ...json, origin: 'null' }, 403],
    ['a foreign origin', { ...json, origin: 'https://evil.example' }, 403],
    ['a foreign origin on our port', { ...json, origin: `http://evil.example:${srv.port}` }, 403],
    ['a broken origin', { ...json, origin: 'not a url' }, 403],
    ['Sec-Fetch-Site: cross-site', { ...json, 'sec-fetch-site': 'cross-site' }, 403],
    ['Sec-Fetch-Site: same-site', { ...json, 'sec-fetch-site': 'same-site' }, 403],
    ['text/plain; charset=json', { 'content-type': 'text/plain; charset=json' }, 415],
    ['text/plain', { 'content-type': 'text/plain' }, 415],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, 415],
    ['application/json-seq', { 'content-type': 'application/json-seq' }, 415],
    ['no content type', {}, 415],
  ];
  for (const [what, headers, status] of cases) {
    for (const path of ['/api/articles', '/api/registry']) {
      const res = await raw(srv.url, path, { method: 'POST', headers, body });
      assert.equal(res.status, status, `${what} ${path}: ${res.body}`);
      assert.match(JSON.parse(res.body).error, /\w/);
    }
  }
  assert.equal((await store.counts()).articles, 0, 'nothing was stored');
  // same-origin (the dashboard) and no Origin at all (curl, scripts) with JSON are writes
  assert.equal((await raw(srv.url, '/api/articles', { method: 'POST', headers: { ...json, origin: here, 'sec-fetch-site': 'same-origin' }, body })).status, 201);
  assert.equal((await raw(srv.url, '/api/articles', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ text: `${TEXT} Fall drei.` }) })).status, 201);
  // with the token, text/plain is fine, a foreign origin still is not
  const auth = { authorization: 'Bearer t0ken' };
  assert.equal((await raw(tokened.url, '/api/articles', { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: `${TEXT} Fall vier.` })).status, 201);
  assert.equal((await raw(tokened.url, '/api/articles', { method: 'POST', headers: { ...auth, ...json, origin: 'null' }, body })).status, 403);
  assert.equal((await raw(tokened.url, '/api/articles', { method: 'POST', headers: json, body })).status, 401);
});

test('item 3: beyond loopback every API read needs the token (header or cookie) and the Host must be ours', async () => {
  const port = exposed.port;
  const host = { host: `127.0.0.1:${port}` };
  for (const path of ['/api/export?format=jsonl', '/api/articles', '/api/stats', '/api/registry', '/api/events']) {
    assert.equal((await raw(exposed.url, path, { headers: host })).status, 401, path);
    assert.equal((await raw(exposed.url, path, { headers: { ...host, authorization: 'Bearer wrong' } })).status, 401, path);
    assert.equal((await raw(exposed.url, path, { headers: { ...host, authorization: 'Bearer t0ken' } })).status, 200, path);
  }
  // the browser: /?token=T once sets an HttpOnly SameSite=Strict cookie that reads accept
  const first = await raw(exposed.url, '/?token=t0ken', { headers: host });
  const cookie = String(first.headers['set-cookie']);
  assert.match(cookie, /lagebild_token=t0ken; Path=\/; HttpOnly; SameSite=Strict/);
  assert.equal((await raw(exposed.url, '/api/stats', { headers: { ...host, cookie: 'lagebild_token=t0ken' } })).status, 200);
  assert.equal((await raw(exposed.url, '/?token=wrong', { headers: host })).headers['set-cookie'], undefined);
  // the cookie is no write permission
  assert.equal((await raw(exposed.url, '/api/articles', { method: 'POST', headers: { ...host, ...json, cookie: 'lagebild_token=t0ken' }, body: '{}' })).status, 401);
  // DNS rebinding: a foreign Host is refused even with the token
  const evil = await raw(exposed.url, '/api/stats', { headers: { host: `evil.example:${port}`, authorization: 'Bearer t0ken' } });
  assert.equal(evil.status, 403);
  assert.match(JSON.parse(evil.body).error, /unknown Host/);
  for (const h of [hostname(), 'lagebild.example', 'localhost']) {
    assert.equal((await raw(exposed.url, '/api/stats', { headers: { host: `${h}:${port}`, authorization: 'Bearer t0ken' } })).status, 200, h);
  }
  // and on loopback too
  assert.equal((await raw(srv.url, '/api/stats', { headers: { host: `rebind.evil.example:${srv.port}` } })).status, 403);
  // a server beyond loopback without a token answers no API request at all
  const open = await startServer({ store, port: 0, host: '0.0.0.0', staticDir: dir });
  try {
    const res = await raw(open.url, '/api/export', { headers: { host: `127.0.0.1:${open.port}` } });
    assert.equal(res.status, 401);
    assert.match(JSON.parse(res.body).error, /no token/);
  } finally {
    await open.close();
  }
});

test('item 4: the API takes at most 2 MB of article text (413 with a plain message)', async () => {
  const big = 'Ä'.repeat(1024 * 1024 + 1); // 2 MB + 2 bytes of UTF-8
  const res = await raw(srv.url, '/api/articles', { method: 'POST', headers: json, body: JSON.stringify({ text: big }) });
  assert.equal(res.status, 413);
  assert.match(JSON.parse(res.body).error, /^the article text is 2 MB; the limit is 2 MB/);
  const plain = await raw(tokened.url, '/api/articles', {
    method: 'POST', headers: { authorization: 'Bearer t0ken', 'content-type': 'text/plain' }, body: 'a'.repeat(2 * 1024 * 1024 + 1),
  });
  assert.equal(plain.status, 413);
  const huge = await raw(srv.url, '/api/articles', { method: 'POST', headers: json, body: JSON.stringify({ text: 'a'.repeat(5 * 1024 * 1024) }) });
  assert.equal(huge.status, 413);
});

test('item 7: a refused or unreadable {url} is a 4xx with a plain message, never 500', async () => {
  const cases: [string, number, RegExp][] = [
    ['http://127.0.0.1:1/', 403, /private, loopback/],
    ['http://[::ffff:7f00:1]/x', 403, /refused/],
    ['http://169.254.169.254/latest/meta-data/', 403, /refused/],
    ['http://lagebild-no-such-host.invalid/', 422, /cannot resolve host|network|took/],
    ['http://[::1/', 400, /not a valid URL/],
    ['http://exa mple.org/', 400, /not a valid URL/],
    ['https://user:pw@example.org/', 400, /credentials/],
    ['ftp://example.org/', 400, /http\(s\) URL/],
  ];
  for (const [url, status, msg] of cases) {
    const res = await raw(srv.url, '/api/articles', { method: 'POST', headers: json, body: JSON.stringify({ url }) });
    const error = JSON.parse(res.body).error as string;
    assert.equal(res.status, status, `${url}: ${error}`);
    assert.match(error, msg, url);
    assert.doesNotMatch(error, /internal error/);
  }
});

test('item 12: the API validates dates as the CLI does (2025-02-30 and 9999-99-99 are no days)', async () => {
  for (const date of ['2025-02-30', '9999-99-99', '2025-13-01', '2025-1-1', '2025-02-28T10:00']) {
    const res = await raw(srv.url, '/api/articles', { method: 'POST', headers: json, body: JSON.stringify({ text: `${TEXT} Datum.`, date }) });
    assert.equal(res.status, 400, date);
    assert.match(JSON.parse(res.body).error, /real day/);
  }
  const filters: [string, number][] = [
    ['from=2025-02-30', 400], ['to=9999-99-99', 400], ['from=2025-13', 400], ['from=2025-00', 400], ['from=20255', 400],
    ['from=2024-02-29', 200], ['from=2025-02', 200], ['to=2025', 200],
  ];
  for (const [q, status] of filters) {
    assert.equal((await raw(srv.url, `/api/events?${q}`)).status, status, q);
    assert.equal((await raw(srv.url, `/api/quotes?${q}`)).status, status, q);
  }
});

test('item 13: a text/plain POST is decoded by its charset (latin1, windows-1252)', async () => {
  const cases: [string, string][] = [
    ['latin1', 'Die Größe der Straße überraschte den Minister in Köln am Dienstag.'],
    ['iso-8859-1', 'Der Bürgermeister äußerte sich am Freitag in München zur Lage.'],
    ['windows-1252', 'Der Minister sagte am Mittwoch: „Wir verhandeln weiter“ – in Genf.'],
  ];
  for (const [charset, text] of cases) {
    const res = await raw(tokened.url, '/api/articles', {
      method: 'POST', headers: { authorization: 'Bearer t0ken', 'content-type': `text/plain; charset=${charset}` }, body: iconv.encode(text, charset),
    });
    assert.equal(res.status, 201, res.body);
    const { items } = JSON.parse(res.body) as AddArticleResponse;
    assert.equal((await store.getArticle(items[0].id))?.text, text, charset);
  }
  const binary = await raw(tokened.url, '/api/articles', {
    method: 'POST', headers: { authorization: 'Bearer t0ken', 'content-type': 'text/plain' }, body: Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]),
  });
  assert.equal(binary.status, 415);
});

/** Item 1 through the API, on the given store's server. */
async function poisonThroughApi(base: string): Promise<void> {
  const res = await raw(base, '/api/articles', {
    method: 'POST', headers: json,
    body: '{"text": "Der Kanzler\\u0000 reiste am Montag\\ud800 nach Rom.", "title": "T\\u0000itel\\udc00", "source": "S\\u0000", "id": "nul\\u0000id"}',
  });
  assert.equal(res.status, 201, res.body);
  const { items } = JSON.parse(res.body) as AddArticleResponse;
  assert.equal(items[0].id, 'nulid');
  assert.match(items[0].notes?.join(' | ') ?? '', /removed 1 NUL character\(s\) and replaced 1 lone surrogate\(s\) by U\+FFFD in field "text"/);
  const back = JSON.parse((await raw(base, `/api/articles/${items[0].id}`)).body) as ArticleResponse;
  assert.equal(back.article.text, 'Der Kanzler reiste am Montag\ufffd nach Rom.');
  assert.equal(back.article.title, 'Titel\ufffd');
  assert.match(back.article.result?.diagnostics.map((d) => d.message).join(' | ') ?? '', /NUL character/);
  // reads with NUL and lone surrogates in the path or query: 404 / 200, never 500
  assert.equal((await raw(base, '/api/articles/x%00y')).status, 404);
  assert.equal((await raw(base, '/api/articles/%ED%A0%80')).status, 400); // not UTF-8: a bad id
  for (const q of ['/api/articles?q=%00', '/api/quotes?q=a%00b', '/api/events?actor=%00&q=%00', '/api/actor?name=x%00', '/api/registry?q=%00']) {
    const r = await raw(base, q);
    assert.ok(r.status < 500, `${q}: ${r.status} ${r.body}`);
  }
  const reg = await raw(base, '/api/registry', { method: 'POST', headers: json, body: '{"name": "Jane\\u0000 Example\\ud800", "type": "PER", "country": "USA"}' });
  assert.equal(reg.status, 201, reg.body);
}

test('item 1: NUL and lone surrogates through the API on SQLite: cleaned, noted, no 500', async () => {
  await poisonThroughApi(srv.url);
});

const pgReason = await pgUnavailable();
test('item 1: NUL and lone surrogates through the API on PostgreSQL: cleaned, noted, no 500', { skip: pgReason ?? false }, async () => {
  const schema = testSchema();
  const pgStore = await PgStore.open(withSchema(PG_URL, schema), { max: 2 });
  const pgSrv = await startServer({ store: pgStore, port: 0, staticDir: dir });
  try {
    await poisonThroughApi(pgSrv.url);
  } finally {
    await pgSrv.close();
    await pgStore.close();
    await dropSchemas([schema]);
  }
});

test('item 11: articles a crash left pending are analysed when the server starts', async () => {
  const d = mkdtempSync(join(tmpdir(), 'lagebild-resume-'));
  const s = await SqliteStore.open(join(d, 'r.db'));
  try {
    // what a server killed between storing and analysing leaves behind
    const a = await s.putArticle({ text: 'Der Präsident besuchte am Montag Warschau und sprach mit der Regierung.' });
    const b = await s.putArticle({ text: 'Die Ministerin kündigte am Dienstag in Madrid neue Gespräche an.' });
    assert.equal(await s.pendingCount(), 2);
    const restarted = await startServer({ store: s, port: 0, staticDir: d });
    try {
      assert.equal(await restarted.resumed, 2);
      assert.equal(await s.pendingCount(), 0);
      for (const id of [a.id, b.id]) assert.equal((await s.getArticle(id))?.status, 'done');
    } finally {
      await restarted.close();
    }
  } finally {
    await s.close();
    rmSync(d, { recursive: true, force: true });
  }
});
