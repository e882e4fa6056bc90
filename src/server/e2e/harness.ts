/**
 * Shared set-up of the browser tests: a temp SQLite store with samples/ (and the seed article
 * when ../shared has it) plus the team-written fixtures, the built page, a server and Debian's
 * Chromium (playwright-core). Also: axe-core injected into the page, and a check for horizontal
 * overflow at phone width.
 *
 * @example
 * const env = await startHarness(); await env.open('#/events', 'events'); await env.close();
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { SAMPLES_DIR } from '../../cli/demo.js';
import { ingest } from '../../ingest/ingest.js';
import { startServer, type RunningServer } from '../server.js';
import { FIXTURES, makeResult } from '../testing/fixtures.js';
import { buildWeb, WEB_DIR, webBuildStale } from '../web-build.js';
import { sharedFile } from '../../testing/shared.js';

export const CHROMIUM = '/usr/bin/chromium';
export const MISSING = !existsSync(CHROMIUM);
export const SKIP = MISSING ? `SKIPPED: ${CHROMIUM} is absent (apt-get install chromium to run the browser tests)` : false;

export interface Harness {
  store: SqliteStore;
  srv: RunningServer;
  browser: Browser;
  page: Page;
  /** the seed article's stored id, when ../shared has it */
  seedId: string | null;
  errors: string[];
  /** opens a hash on `page` (which a test may swap for another page) */
  open(hash: string, view: string): Promise<void>;
  /**
   * Runs `act` (Back, Forward, a click that changes the hash) and waits until the route it starts
   * has rendered `view`: data-ready is taken away first, so the previous route's value cannot pass.
   */
  navigate(act: () => Promise<unknown>, view: string): Promise<void>;
  /** axe-core on the current page: violations of impact serious or critical, as "id: target" lines */
  axe(): Promise<string[]>;
  /** elements wider than the viewport (phone check); [] when none */
  overflow(): Promise<string[]>;
  close(): Promise<void>;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Starts everything; `viewport` defaults to 1280×900. */
export async function startHarness(viewport = { width: 1280, height: 900 }): Promise<Harness> {
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-e2e-'));
  const dist = webBuildStale() ? join(tmp, 'dist') : join(WEB_DIR, 'dist');
  const { chromium } = await import('playwright-core');
  const browserP = chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  let seedId: string | null = null;
  const store = await SqliteStore.open(join(tmp, 'e2e.db'));
  await Promise.all([
    dist.startsWith(tmp) ? buildWeb(dist) : Promise.resolve(),
    (async () => {
      const seed = sharedFile('seed/article.txt');
      await ingest(store, seed ? [SAMPLES_DIR, seed] : [SAMPLES_DIR], { analyse: true, report: () => {} });
      if (seed) {
        const probe = readFileSync(seed, 'utf8').replace(/\s+/g, ' ').slice(400, 460);
        for (const a of await store.listArticles({ limit: 500 })) {
          if ((await store.getArticle(a.id))?.text.replace(/\s+/g, ' ').includes(probe)) seedId = a.id;
        }
      }
      for (const f of FIXTURES) {
        const { id } = await store.putArticle({ id: f.id, text: f.text, date: f.date, title: f.title, lang: f.lang ?? 'de' });
        await store.putResult(id, makeResult({ ...f, id }));
      }
    })(),
  ]);
  const srv = await startServer({ store, port: 0, staticDir: dist });
  const browser = await browserP;
  const page = await browser.newPage({ viewport, bypassCSP: true }); // bypassCSP: axe-core is injected as an inline script
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const h: Harness = {
    store, srv, browser, page, seedId, errors,
    async open(hash, view) {
      // A new hash starts a route; the previous route's data-ready must not pass for it. (The same
      // hash again starts none, and the page keeps its data-ready.)
      await h.page.evaluate((to) => {
        const a = document.createElement('a');
        a.href = to;
        if (a.hash !== location.hash) delete document.body.dataset.ready;
      }, hash);
      await h.page.goto(`${srv.url}${hash}`);
      // generous: the first view of a fresh page builds its chart while other test files load the machine
      await h.page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 30_000 });
    },
    async navigate(act, view) {
      await h.page.evaluate(() => { delete document.body.dataset.ready; });
      await act();
      await h.page.waitForSelector(`body[data-ready="${view}"]`);
    },
    async axe() {
      await h.page.addScriptTag({ content: AXE });
      const res = await h.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run(document, { resultTypes: ['violations'] });
      });
      return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    },
    async overflow() {
      return h.page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        const out: string[] = [];
        if (document.documentElement.scrollWidth > w + 1) out.push(`page ${document.documentElement.scrollWidth} > ${w}`);
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          const r = el.getBoundingClientRect();
          if (r.width && r.right > w + 1 && !el.closest('.table-wrap, .scroll-x')) out.push(`${el.tagName.toLowerCase()}.${(el.className || '').toString().split(' ')[0]} right=${Math.round(r.right)}`);
          if (out.length > 5) break;
        }
        return out;
      });
    },
    async close() {
      await browser.close();
      await srv.close();
      await store.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
  return h;
}
