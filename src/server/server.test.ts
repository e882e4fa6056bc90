import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './server.js';
import { fixtureStore, type FixtureStore } from './testing/fixture-store.js';
import type {
  ActorDetailResponse, ArticleResponse, ArticlesResponse, DyadsResponse, EventsResponse, QuotesResponse,
  PlacesResponse, RelationResponse, StatsResponse, ActorsResponse, AddArticleResponse,
} from './api-types.js';

let srv: RunningServer;
let fx: FixtureStore;
let dist: string;

before(async () => {
  fx = await fixtureStore();
  dist = mkdtempSync(join(tmpdir(), 'lagebild-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Lagebild</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  srv = await startServer({ store: fx.store, port: 0, staticDir: dist });
});
after(async () => {
  await srv.close();
  await fx.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = async <T>(path: string, status = 200): Promise<T> => {
  const res = await fetch(new URL(path, srv.url));
  const body = await res.json();
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body)}`);
  return body as T;
};

test('listens on loopback and prints a usable URL', () => {
  assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('GET /api/articles lists, searches and pages', async () => {
  const all = await get<ArticlesResponse>('/api/articles');
  assert.equal(all.items.length, 3);
  const q = await get<ArticlesResponse>('/api/articles?q=Stromleitungen');
  assert.deepEqual(q.items.map((a) => a.id), ['fx-3']);
  const page = await get<ArticlesResponse>('/api/articles?limit=1&offset=1');
  assert.equal(page.items.length, 1);
  assert.equal(page.limit, 1);
});

test('GET /api/articles/:id gives the article with its result; unknown id is 404 JSON', async () => {
  const a = await get<ArticleResponse>('/api/articles/fx-1');
  assert.equal(a.article.result?.events.length, 2);
  const missing = await get<{ error: string }>('/api/articles/nope', 404);
  assert.match(missing.error, /nope/);
});

test('GET /api/events filters by dyad, type, status, date, actor and text', async () => {
  const cases: [string, number][] = [
    ['/api/events', 5],
    ['/api/events?source=usa&target=CHN', 3],
    ['/api/events?source=USA&target=CHN&either=1', 4],
    ['/api/events?type=consult', 2],
    ['/api/events?status=planned', 1],
    ['/api/events?from=2025-09-20&to=2025-09-30', 3],
    ['/api/events?actor=Merz', 1],
    ['/api/events?q=Stromleitungen', 1],
    ['/api/events?limit=1', 1],
  ];
  for (const [path, n] of cases) assert.equal((await get<EventsResponse>(path)).items.length, n, path);
});

test('GET /api/quotes searches text, speaker, country and date', async () => {
  const cases: [string, number][] = [
    ['/api/quotes', 2],
    ['/api/quotes?q=gutes', 1],
    ['/api/quotes?speaker=Chen', 1],
    ['/api/quotes?country=USA', 1],
    ['/api/quotes?from=2025-09-20', 1],
  ];
  for (const [path, n] of cases) assert.equal((await get<QuotesResponse>(path)).items.length, n, path);
});

test('GET /api/actors and /api/actor give the registry and one actor with co-occurring actors', async () => {
  const list = await get<ActorsResponse>('/api/actors?q=Mil');
  assert.deepEqual(list.items.map((a) => a.name), ['Miller']);
  const one = await get<ActorDetailResponse>('/api/actor?name=Miller');
  assert.equal(one.actor?.country, 'USA');
  assert.equal(one.events.length, 2);
  assert.equal(one.quotes.length, 1);
  assert.deepEqual(one.cooccurring, [{ name: 'Zhou', count: 2 }]);
  await get('/api/actor', 400);
});

test('GET /api/relation gives the weekly series in both directions; /api/dyads ranks pairs', async () => {
  const rel = await get<RelationResponse>('/api/relation?a=USA&b=CHN');
  assert.deepEqual(rel.points.map((p) => p.week), ['2025-09-08', '2025-09-22']);
  assert.equal(rel.points[1].count, 2);
  assert.equal(rel.points[1].quad['verbal-coop'].planned, 1);
  const dy = await get<DyadsResponse>('/api/dyads');
  assert.deepEqual(dy.items[0], { a: 'CHN', b: 'USA', count: 4 });
});

test('GET /api/places aggregates the map (places, states taking part); /api/events?place= lists one place', async () => {
  const all = await get<PlacesResponse>('/api/places');
  assert.deepEqual(all.places.map((p) => p.name).sort(), ['Beijing', 'Paris', 'Washington']);
  assert.ok(all.places.every((p) => p.count === 1 && typeof p.lat === 'number' && typeof p.lon === 'number'));
  assert.ok(all.countries.some((c) => c.country === 'USA' && c.count > 0));
  assert.deepEqual((await get<PlacesResponse>('/api/places?type=AGREE')).places.map((p) => p.name), ['Paris']);
  const at = await get<EventsResponse>('/api/events?place=Beijing');
  assert.deepEqual(at.items.map((e) => e.place?.name), ['Beijing']);
  await get('/api/places?type=NOPE', 400);
});

test('GET /api/stats counts the store', async () => {
  const s = await get<StatsResponse>('/api/stats');
  assert.equal(s.articles, 3);
  assert.equal(s.events, 5);
  assert.equal(s.writeNeedsToken, false);
});

test('bad query parameters are 400 JSON errors, never a crash', async () => {
  const bad = [
    '/api/events?from=yesterday', '/api/events?source=United%20States', '/api/events?type=HUG',
    '/api/events?status=maybe', '/api/events?limit=ten', '/api/relation?a=USA', '/api/relation?a=USA&b=USA',
    '/api/export?format=xml', `/api/events?q=${'x'.repeat(600)}`, '/api/articles/%E0%A4%A',
  ];
  for (const path of bad) {
    const body = await get<{ error: string }>(path, 400);
    assert.equal(typeof body.error, 'string', path);
  }
  await get('/api/nothing', 404);
  assert.equal((await get<EventsResponse>('/api/events?limit=999999')).limit, 2000);
});

test('GET /api/export streams JSONL results, CSV rows and PLOVER records', async () => {
  const jl = await (await fetch(new URL('/api/export?format=jsonl', srv.url))).text();
  const lines = jl.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.ok(lines.every((r) => Array.isArray(r.events)));
  const res = await fetch(new URL('/api/export?format=csv', srv.url));
  assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
  const rows = (await res.text()).trim().split('\r\n');
  assert.equal(rows.length, 6);
  assert.match(rows[0], /^article_id,event_id,/);
  const plover = await (await fetch(new URL('/api/export?format=plover', srv.url))).text();
  assert.equal(plover.trim().split('\n').length, 5);
});

test('POST /api/articles stores and analyses text; HTML in the text comes back as data', async () => {
  const text = 'Der Minister sagte am Montag <script>alert(1)</script> und <b>mehr</b> in Berlin.';
  const res = await fetch(new URL('/api/articles', srv.url), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date: '2025-10-06' }),
  });
  const body = (await res.json()) as AddArticleResponse;
  assert.equal(res.status, 201, JSON.stringify(body));
  assert.equal(body.items[0].inserted, true);
  const back = await get<ArticleResponse>(`/api/articles/${body.items[0].id}`);
  assert.equal(back.article.text, text);
  const again = await fetch(new URL('/api/articles', srv.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  assert.equal(((await again.json()) as AddArticleResponse).items[0].inserted, false);
  // text/plain is what a cross-site form can send: without the token it is refused (guard.ts)
  const plain = await fetch(new URL('/api/articles', srv.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
  assert.equal(plain.status, 415);
});

test('POST /api/articles rejects bad bodies, cross-origin writes and URLs it cannot fetch', async () => {
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(new URL('/api/articles', srv.url), { method: 'POST', headers, body });
  const cases: [string, Record<string, string> | undefined, number][] = [
    ['{not json', undefined, 400],
    ['[]', undefined, 400],
    ['{"text": 5}', undefined, 400],
    ['{"text": "x", "date": "soon"}', undefined, 400],
    ['{}', undefined, 400],
    ['{"url": "file:///etc/passwd"}', undefined, 400],
    ['{"url": "https://example.org/"}', undefined, 501],
    ['{"text": "x"}', { 'content-type': 'application/json', origin: 'https://evil.example' }, 403],
  ];
  for (const [body, headers, status] of cases) {
    const res = await post(body, headers);
    const json = (await res.json()) as { error: string };
    assert.equal(res.status, status, body);
    assert.equal(typeof json.error, 'string');
  }
  const put = await fetch(new URL('/api/articles', srv.url), { method: 'PUT', body: 'x' });
  assert.equal(put.status, 405);
});

test('a loopback server refuses requests for other host names (DNS rebinding)', async () => {
  const { request } = await import('node:http');
  const status = (host: string) => new Promise<number>((resolve, reject) => {
    const req = request(new URL('/api/stats', srv.url), { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(await status('evil.example:8080'), 403);
  assert.equal(await status(`localhost:${srv.port}`), 200);
  assert.equal(await status(`127.0.0.1:${srv.port}`), 200);
  assert.equal(await status(`[::1]:${srv.port}`), 200);
});

test('POST {url} stores what the reader fetched and lists what it could not read', async () => {
  const fetched = await startServer({
    store: fx.store, port: 0, staticDir: dist,
    async *fetchArticles(url: string) {
      yield { article: { text: `Die Ministerin reiste am Montag nach Rom. Quelle: ${url}`, date: '2025-10-13', url }, origin: `${url}#1` };
      yield { error: { code: 'http-404', message: 'not found' }, origin: `${url}#2` };
    },
  });
  try {
    const res = await fetch(new URL('/api/articles', fetched.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: 'https://news.example/feed.xml' }),
    });
    const body = (await res.json()) as AddArticleResponse;
    assert.equal(res.status, 201);
    assert.equal(body.items.length, 1);
    assert.deepEqual(body.failed, [{ origin: 'https://news.example/feed.xml#2', error: 'not found' }]);
    assert.equal((await fx.store.getArticle(body.items[0].id))?.url, 'https://news.example/feed.xml');
  } finally {
    await fetched.close();
  }
});

test('an oversized body is refused with 413', async () => {
  const small = await startServer({ store: fx.store, port: 0, staticDir: dist, maxBody: 1000 });
  try {
    const res = await fetch(new URL('/api/articles', small.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'a'.repeat(5000) }),
    });
    assert.equal(res.status, 413);
    assert.match(((await res.json()) as { error: string }).error, /too large/);
  } finally {
    await small.close();
  }
});

test('beyond loopback, POST needs the token (401 without or with a wrong one)', async () => {
  const open = await startServer({ store: fx.store, port: 0, host: '0.0.0.0', staticDir: dist });
  const locked = await startServer({ store: fx.store, port: 0, host: '0.0.0.0', staticDir: dist, token: 's3cret' });
  try {
    const post = (url: string, headers: Record<string, string> = {}) => fetch(new URL('/api/articles', url), {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: 'Token test am Montag.' }),
    });
    assert.equal((await post(open.url)).status, 401);
    assert.equal((await post(locked.url)).status, 401);
    assert.equal((await post(locked.url, { authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await post(locked.url, { authorization: 'Bearer s3cret' })).status, 201);
    // beyond loopback reads need the token too (issue 15, item 3)
    assert.equal((await fetch(new URL('/api/stats', open.url))).status, 401);
    assert.equal((await fetch(new URL('/api/stats', locked.url))).status, 401);
    assert.equal((await fetch(new URL('/api/stats', locked.url), { headers: { authorization: 'Bearer s3cret' } })).status, 200);
  } finally {
    await open.close();
    await locked.close();
  }
});

test('static files: assets, index for view paths, no escape from the folder, CSP set', async () => {
  const js = await fetch(new URL('/assets/app.js', srv.url));
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  const view = await fetch(new URL('/events', srv.url));
  assert.equal(view.status, 200);
  assert.match(view.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.match(await view.text(), /Lagebild/);
  assert.equal((await fetch(new URL('/assets/missing.js', srv.url))).status, 404);
  assert.equal((await fetch(new URL('/..%2f..%2fetc%2fpasswd', srv.url))).status, 404);
});
