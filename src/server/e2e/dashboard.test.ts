/**
 * The dashboard in Debian's Chromium (playwright-core, no browser download): a temp SQLite store
 * with samples/ ingested plus three team-written fixture articles with known events, the built
 * page, and every view; the chart → week's events → evidence path; a filter and a search; an
 * article full of markup shown as text. Screenshots go to docs/screenshots/ with LAGEBILD_SCREENSHOTS=1.
 * Skips, saying so, when /usr/bin/chromium is absent.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { SAMPLES_DIR } from '../../cli/demo.js';
import { ingest } from '../../ingest/ingest.js';
import { storeAndAnalyze } from '../add-article.js';
import { startServer, type RunningServer } from '../server.js';
import { FIXTURES, makeResult } from '../testing/fixtures.js';
import { buildWeb, WEB_DIR, webBuildStale } from '../web-build.js';

const CHROMIUM = '/usr/bin/chromium';
// Screenshots refresh docs/screenshots/ when LAGEBILD_SCREENSHOTS=1 (so that a plain test run
// leaves the work tree clean); otherwise they go to a temporary folder and are still taken.
const SHOTS = process.env.LAGEBILD_SCREENSHOTS
  ? fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url))
  : mkdtempSync(join(tmpdir(), 'lagebild-shots-'));
const MISSING = !existsSync(CHROMIUM);
const SKIP = MISSING ? `SKIPPED: ${CHROMIUM} is absent (apt-get install chromium to run the browser tests)` : false;
if (MISSING) console.log(`# ${SKIP}`);

/** Markup that must come out as text: a script, an event handler, a link with javascript:. */
const HOSTILE = 'Bericht am Montag <script>window.__xss = 1</script> über <img src=x onerror="window.__xss = 2"> und '
  + '<a href="javascript:window.__xss=3">Link</a> sowie <b>fett</b> in Berlin. Der Minister telefonierte mit Paris.';

let tmp = '';
let store: SqliteStore | undefined;
let srv: RunningServer | undefined;
let browser: Browser | undefined;
let page: Page;
let hostileId = '';
const pageErrors: string[] = [];
let dialogs = 0;

before(async () => {
  if (MISSING) return;
  tmp = mkdtempSync(join(tmpdir(), 'lagebild-e2e-'));
  // A fresh web/dist is used as is; otherwise the page is built into the temp folder (web/dist untouched).
  const dist = webBuildStale() ? join(tmp, 'dist') : join(WEB_DIR, 'dist');
  // The browser starts while the page builds and the store fills (each takes seconds on a busy machine).
  const newPage = (async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    return browser.newPage({ viewport: { width: 1280, height: 900 } });
  })();
  await Promise.all([
    dist.startsWith(tmp) ? buildWeb(dist) : Promise.resolve(),
    (async () => {
      store = await SqliteStore.open(join(tmp, 'e2e.db'));
      await ingest(store, [SAMPLES_DIR], { analyse: true, report: () => {} });
      for (const f of FIXTURES) {
        const { id } = await store.putArticle({ id: f.id, text: f.text, date: f.date, title: f.title, lang: f.lang ?? 'de' });
        await store.putResult(id, makeResult({ ...f, id }));
      }
      hostileId = (await storeAndAnalyze(store, { id: 'hostile', text: HOSTILE, date: '2025-10-06', title: '<i>Title</i> <script>window.__xss=4</script>' })).id;
    })(),
  ]);
  srv = await startServer({ store: store!, port: 0, staticDir: dist });
  page = await newPage;
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  mkdirSync(SHOTS, { recursive: true });
}, { timeout: 45_000 });

after(async () => {
  await browser?.close();
  await srv?.close();
  await store?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function open(hash: string, view: string): Promise<void> {
  await page.goto(`${srv!.url}${hash}`);
  await page.waitForSelector(`body[data-ready="${view}"]`);
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

test('relations: default pair charted; chart point → week events with evidence → article, two clicks', { skip: SKIP, timeout: 30_000 }, async () => {
  await open('#/relations', 'relations');
  await page.waitForSelector('#chart-score .u-over');
  const over = (await page.locator('#chart-score .u-over').boundingBox())!;
  assert.ok(over.width > 100);
  await shot('relations');
  // Click 1: a point of the chart (the cursor snaps to the nearest week).
  await page.mouse.move(over.x + over.width / 2 - 5, over.y + over.height / 2);
  await page.mouse.click(over.x + over.width / 2, over.y + over.height / 2);
  const firstEvidence = page.locator('#week-events .event .evidence').first();
  await firstEvidence.waitFor({ state: 'visible' });
  assert.ok((await firstEvidence.textContent())!.trim().length > 10);
  assert.ok(await page.locator('#week-events .event .hl-trigger').first().isVisible());
  await shot('relations-week');
  // Click 2: the event's article, with the evidence marked.
  await page.locator('#week-events .event .to-article').first().click();
  await page.waitForSelector('body[data-ready="article"]');
  await page.locator('#article-text .focus-trigger').waitFor({ state: 'visible' });
  await shot('article');
});

test('events: the timeline loads and the type and text filters narrow it', { skip: SKIP, timeout: 30_000 }, async () => {
  await open('#/events', 'events');
  const all = await page.locator('.timeline .event').count();
  assert.ok(all >= 5, `only ${all} events`);
  await page.selectOption('#event-filters select[name=type]', 'CONSULT');
  await page.waitForFunction(() => {
    const types = Array.from(document.querySelectorAll('.timeline .event .type')).map((e) => e.textContent ?? '');
    return types.length > 0 && types.every((t) => t.startsWith('CONSULT'));
  });
  const consult = await page.locator('.timeline .event').count();
  assert.ok(consult < all);
  await page.selectOption('#event-filters select[name=type]', '');
  await page.fill('#event-filters input[name=q]', 'Stromleitungen');
  await page.click('#event-filters button[type=submit]');
  await page.waitForFunction(() => {
    const ev = Array.from(document.querySelectorAll('.timeline .event .evidence'));
    return ev.length > 0 && ev.every((e) => (e.textContent ?? '').includes('Stromleitungen'));
  });
  assert.match(page.url(), /q=Stromleitungen/);
  await page.fill('#event-filters input[name=q]', '');
  await page.click('#event-filters button[type=submit]');
  await page.waitForFunction((n) => document.querySelectorAll('.timeline .event').length === n, all);
  await shot('events');
});

test('quotes: full-text search finds a quote and links to its article', { skip: SKIP, timeout: 30_000 }, async () => {
  await open('#/quotes', 'quotes');
  await page.fill('#quote-filters input[name=q]', 'Gespräch');
  await page.click('#quote-filters button[type=submit]');
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.quote-list q')).some((q) => (q.textContent ?? '').includes('gutes Gespräch')));
  await shot('quotes');
});

test('actors, articles and map views load with the corpus', { skip: SKIP, timeout: 30_000 }, async () => {
  await open('#/actors', 'actors');
  assert.ok((await page.locator('table.actors tbody tr').count()) >= 3);
  await page.locator('a.actor-link', { hasText: 'Miller' }).first().click();
  await page.locator('#actor-detail svg.network').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('actors');
  await open('#/articles', 'articles');
  assert.ok((await page.locator('table.articles tbody tr').count()) >= 14);
  await open('#/map', 'map');
  assert.ok((await page.locator('#world-map path.country').count()) > 100);
  assert.ok((await page.locator('#world-map circle.place').count()) >= 3);
  await page.locator('#world-map circle.place[data-place="Paris"]').click();
  await page.locator('#place-events .event').first().waitFor();
  await shot('map');
});

test('add article: pasted text is stored, analysed and linked', { skip: SKIP, timeout: 30_000 }, async () => {
  await open('#/add', 'add');
  await page.fill('#add-form textarea[name=text]', 'Die Außenministerin reiste am Dienstag nach Warschau und traf ihren polnischen Amtskollegen.');
  await page.fill('#add-form input[name=title]', 'Test: Besuch in Warschau');
  await page.click('#add-form button[type=submit]');
  await page.locator('#add-result a').first().waitFor();
  await page.locator('#add-result a').first().click();
  await page.waitForSelector('body[data-ready="article"]');
  assert.equal(await page.locator('h2').first().textContent(), 'Test: Besuch in Warschau');
  await shot('add-article');
});

test('an article full of HTML and <script> is shown as text and nothing in it runs', { skip: SKIP, timeout: 30_000 }, async () => {
  await open(`#/article/${hostileId}`, 'article');
  const shown = await page.locator('#article-text').textContent();
  assert.equal(shown, HOSTILE);
  assert.equal(await page.locator('h2').first().textContent(), '<i>Title</i> <script>window.__xss=4</script>');
  assert.equal(await page.locator('#view script, #view img, #view b, #view i').count(), 0);
  await open('#/articles', 'articles');
  await open('#/events?q=telefonierte', 'events');
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null), null);
  assert.equal(dialogs, 0);
  assert.deepEqual(pageErrors, []);
});
