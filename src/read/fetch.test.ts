import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { fetchUrl, FetchError, isPrivateAddress, USER_AGENT } from './fetch.js';
import { readLimits } from './limits.js';
import { readSource, SourceError, type ReadItem, type ReadOptions } from './index.js';

const PAGE = (title: string, body: string) =>
  `<!doctype html><html lang="de"><head><title>${title}</title><meta property="article:published_time" content="2024-03-01T09:00:00Z"></head>` +
  `<body><nav>Menü</nav><article><p>${body}</p><p>Ein zweiter Absatz mit weiteren Einzelheiten zu den Gesprächen der beiden Delegationen.</p></article></body></html>`;

let base = '';
let lastUA = '';
const sockets = new Set<import('node:net').Socket>();
const server = http.createServer((req, res) => {
  lastUA = String(req.headers['user-agent']);
  const path = req.url ?? '/';
  if (path === '/page') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE('Gespräche in Bern', 'Die Delegationen aus Bern und Wien haben sich am Freitag getroffen.'));
  } else if (path === '/page2') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE('Zweite Seite', 'Die Minister aus Oslo und Stockholm telefonierten am Montag miteinander.'));
  } else if (path === '/latin1') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
    res.end(iconv.encode('Die Größe der Straße überrascht.', 'latin1'));
  } else if (path === '/gzip') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(PAGE('Gepackt', 'Der Gipfel in Genf endete am Abend mit einer gemeinsamen Erklärung.')));
  } else if (path === '/bomb') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)));
  } else if (path === '/endless') {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(16 * 1024, 0x41);
    const pump = () => { while (res.write(chunk)); };
    res.on('drain', pump);
    pump();
  } else if (path === '/huge-length') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(500 * 1024 * 1024) });
    res.write('<html>');
  } else if (path === '/slow-body') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>Anfang');
  } else if (path.startsWith('/no-answer')) {
    // never answers
  } else if (path === '/loop') {
    res.writeHead(302, { location: '/loop' });
    res.end();
  } else if (path.startsWith('/hop/')) {
    const n = Number(path.slice(5));
    res.writeHead(301, { location: n > 1 ? `/hop/${n - 1}` : '/page' });
    res.end();
  } else if (path === '/to-file') {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  } else if (path === '/feed') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Team-Feed</title><link>${base}/</link><description>Testfeed</description>
<item><title>Erster Beitrag</title><link>${base}/page</link><pubDate>Fri, 01 Mar 2024 09:00:00 GMT</pubDate></item>
<item><title>Fehlt</title><link>${base}/missing</link></item>
<item><title>Zweiter Beitrag</title><link>${base}/page2</link></item>
<item><title>Erster Beitrag doppelt</title><link>${base}/page</link></item>
</channel></rss>`);
  } else if (path === '/slow-feed') {
    // 40 entries whose pages never answer: only the feed's one deadline ends the read
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const items = Array.from({ length: 40 }, (_, i) => `<item><title>Langsam ${i}</title><link>${base}/no-answer?${i}</link></item>`).join('');
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Langsam</title><link>${base}/</link>${items}</channel></rss>`);
  } else if (path === '/atom') {
    res.writeHead(200, { 'content-type': 'application/atom+xml' });
    res.end(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom-Team</title><id>urn:x</id><updated>2024-03-02T00:00:00Z</updated>
<entry><title>Eintrag</title><id>urn:e1</id><link href="${base}/page2"/><updated>2024-03-02T10:00:00Z</updated></entry>
</feed>`);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});
server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });

before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  for (const s of sockets) s.destroy();
  server.close();
});

const OPEN: ReadOptions = { allowPrivate: true, limits: { timeoutMs: 2000, maxPageBytes: 1024 * 1024 } };

async function all(spec: string, opts: ReadOptions = OPEN): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSource(spec, opts)) out.push(item);
  return out;
}

async function fetchCode(path: string, over: Partial<ReturnType<typeof readLimits>> = {}): Promise<string> {
  try {
    await fetchUrl(base + path, { allowPrivate: true, limits: readLimits({ ...OPEN.limits, ...over }) });
    return 'ok';
  } catch (err) {
    assert.ok(err instanceof FetchError, String(err));
    return err.code;
  }
}

test('a page over http: main text, metadata, honest User-Agent', async () => {
  const [item] = await all(`${base}/page`);
  assert.ok('article' in item, JSON.stringify(item));
  assert.match(item.article.text, /Die Delegationen aus Bern und Wien/);
  assert.doesNotMatch(item.article.text, /Menü/);
  assert.equal(item.article.title, 'Gespräche in Bern');
  assert.equal(item.article.date, '2024-03-01');
  assert.equal(item.article.url, `${base}/page`);
  assert.equal(lastUA, USER_AGENT);
  assert.equal(USER_AGENT, 'Lagebild/0.1 (+https://github.com/lagebild)');
});

test('loopback is refused unless allowPrivate, by IP and by resolved host name', async () => {
  await assert.rejects(all(`${base}/page`, {}), (e: unknown) => e instanceof SourceError && e.code === 'blocked' && /127\.0\.0\.1/.test(e.message));
  const port = new URL(base).port;
  await assert.rejects(all(`http://localhost:${port}/page`, {}), (e: unknown) => e instanceof SourceError && e.code === 'blocked');
});

test('isPrivateAddress', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.20.0.1', true], ['192.168.1.1', true], ['169.254.169.254', true],
    ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['::1', true], ['::', true], ['fe80::1', true],
    ['fd00::1', true], ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true], ['::ffff:10.0.0.1', true],
    ['93.184.216.34', false], ['8.8.8.8', false], ['2001:4860:4860::8888', false], ['::ffff:8.8.8.8', false],
    ['not-an-ip', true],
    // IPv6 transition forms (issue 15, item 10): the IPv4 inside is checked, or the range refused
    ['::7f00:1', true], ['::127.0.0.1', true], ['::8.8.8.8', true], ['::ffff:0:7f00:1', true], ['::ffff:0:808:808', true],
    ['64:ff9b::7f00:1', true], ['64:ff9b::10.0.0.1', true], ['64:ff9b::a9fe:a9fe', true], ['64:ff9b::808:808', false],
    ['64:ff9b:1::808:808', true], ['64:ff9b:1:abcd::1', true],
    ['2002:7f00:1::', true], ['2002:c0a8:101::1', true], ['2002:0a00:0001:1::1', true], ['2002:808:808::1', false],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', true], ['2001::1', true],
    ['192.88.99.1', true], ['::ffff:192.88.99.1', true], ['::FFFF:7F00:1', true], ['fe80::1%eth0', true],
  ];
  for (const [ip, expected] of cases) assert.equal(isPrivateAddress(ip), expected, ip);
});

test('limits: slow, silent, endless, huge and gzip-bomb responses are cut off', async () => {
  const t0 = Date.now();
  assert.equal(await fetchCode('/slow-body', { timeoutMs: 300 }), 'timeout');
  assert.equal(await fetchCode('/no-answer', { timeoutMs: 300 }), 'timeout');
  assert.ok(Date.now() - t0 < 1500, 'timeouts fire on time');
  assert.equal(await fetchCode('/endless', { maxPageBytes: 200 * 1024 }), 'too-large');
  assert.equal(await fetchCode('/huge-length'), 'too-large');
  assert.equal(await fetchCode('/bomb', { maxPageBytes: 1024 * 1024 }), 'too-large');
});

test('redirects: followed up to the limit, loops and other schemes refused', async () => {
  const ok = await fetchUrl(`${base}/hop/3`, { allowPrivate: true, limits: readLimits(OPEN.limits) });
  assert.equal(ok.url, `${base}/page`);
  assert.equal(await fetchCode('/hop/5'), 'ok');
  assert.equal(await fetchCode('/hop/6'), 'too-many-redirects');
  assert.equal(await fetchCode('/loop'), 'too-many-redirects');
  assert.equal(await fetchCode('/to-file'), 'bad-url');
  assert.equal(await fetchCode('/missing'), 'http-status');
});

test('compressed and Latin-1 responses are decoded', async () => {
  const [gz] = await all(`${base}/gzip`);
  assert.ok('article' in gz && /Der Gipfel in Genf/.test(gz.article.text));
  const [latin] = await all(`${base}/latin1`);
  assert.ok('article' in latin);
  assert.equal(latin.article.text, 'Die Größe der Straße überrascht.');
});

test('a feed: each entry read from its page, a failing entry is an error item, order kept', async () => {
  const items = await all(`${base}/feed`);
  assert.deepEqual(items.map((i) => ('article' in i ? `ok:${i.article.title}` : `err:${i.error.code}`)),
    ['ok:Gespräche in Bern', 'err:http-status', 'ok:Zweite Seite']);
  assert.deepEqual(items.map((i) => i.origin), [`${base}/page`, `${base}/missing`, `${base}/page2`]);
  const first = items[0];
  assert.ok('article' in first && first.article.source === 'Team-Feed');
});

test('a feed has one overall deadline, not one per entry (issue 15, item 9)', async () => {
  const t0 = Date.now();
  const items = await all(`${base}/slow-feed`, { allowPrivate: true, limits: { timeoutMs: 500, feedTimeoutMs: 1200 } });
  const ms = Date.now() - t0;
  // per-entry timeouts alone: 40 x 0.5 s = 20 s
  assert.ok(ms < 4000, `${ms} ms`);
  const last = items[items.length - 1];
  assert.ok('error' in last && last.error.code === 'timeout', JSON.stringify(last));
  assert.match('error' in last ? last.error.message : '', /the feed took longer than 1 s in all: \d+ of its 40 entries were not read/);
  assert.ok(items.length >= 2 && items.length <= 5, `${items.length} items`);
  assert.ok(items.slice(0, -1).every((i) => 'error' in i && i.error.code === 'timeout'));
});

test('an Atom feed', async () => {
  const items = await all(`${base}/atom`);
  assert.equal(items.length, 1);
  assert.ok('article' in items[0] && /Oslo und Stockholm/.test(items[0].article.text));
  assert.equal(items[0].origin, `${base}/page2`);
});

test('a feed without allowPrivate is refused before any entry is fetched', async () => {
  await assert.rejects(all(`${base}/feed`, {}), (e: unknown) => e instanceof SourceError && e.code === 'blocked');
});
