/**
 * The one test suite every Store implementation must pass (SQLite and PostgreSQL run it from
 * their own *.test.ts). Each test gets a fresh, migrated store from `fresh()`.
 *
 * @example
 * storeSuite('sqlite', { fresh: async () => SqliteStore.open(tmpFile()), cleanup: async () => rm(dir) });
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ac, ARTICLES, ev, fixtureResults, qt, resultFor, STORY, storyCopies } from './fixtures.js';
import { parseQuery } from './search-terms.js';
import { prepareResult } from './prepare.js';
import { contentHash } from './text-hash.js';
import { validateCorrection } from './corrections.js';
import { correctedView } from './corrected-view.js';
import type { EventRow, Store } from './store.js';
import type { Lever } from '../contract/schema.js';

export interface SuiteHooks {
  /** a new, empty, migrated store */
  fresh(): Promise<Store>;
  /** removes everything the run created (files, schemas) */
  cleanup(): Promise<void>;
  /** when set, every test is skipped with this message */
  skip?: string | false;
}

/** Stores all fixture articles with their results; returns id by fixture key. */
async function loadFixtures(s: Store): Promise<Record<string, string>> {
  const results = fixtureResults();
  const ids: Record<string, string> = {};
  for (const [k, a] of Object.entries(ARTICLES)) {
    const { id } = await s.putArticle(a);
    ids[k] = id;
    await s.putResult(id, results[k as keyof typeof ARTICLES]);
  }
  return ids;
}

/** Registers the shared store tests under `describe(name)`. */
export function storeSuite(name: string, hooks: SuiteHooks): void {
  const opts = { skip: hooks.skip || false };
  const opened: Store[] = [];
  const fresh = async () => {
    const s = await hooks.fresh();
    opened.push(s);
    return s;
  };

  describe(`store suite: ${name}`, opts, () => {
    after(async () => {
      for (const s of opened) await s.close().catch(() => {});
      await hooks.cleanup();
    });

    test('migrate is repeatable; an empty store counts zero', async () => {
      const s = await fresh();
      await s.migrate();
      await s.migrate();
      assert.deepEqual(await s.counts(), { articles: 0, done: 0, errors: 0, events: 0, quotes: 0 });
    });

    test('putArticle is idempotent by normalised content hash', async () => {
      const s = await fresh();
      const a = await s.putArticle(ARTICLES.visit);
      assert.deepEqual([a.id, a.inserted, a.status], ['fx-visit', true, 'pending']);
      const again = await s.putArticle({ ...ARTICLES.visit, text: `  ${ARTICLES.visit.text.replace(/ /g, '\n  ')}\n` });
      assert.deepEqual([again.id, again.inserted], ['fx-visit', false]);
      const noId = await s.putArticle({ text: ARTICLES.visit.text });
      assert.equal(noId.inserted, false);
      const stored = await s.getArticle('fx-visit');
      assert.equal(stored?.hash, contentHash(ARTICLES.visit.text));
      assert.equal(stored?.text, ARTICLES.visit.text);
      assert.equal((await s.counts()).articles, 1);
    });

    test('an id taken by another text gets a suffix; a missing id becomes a hash prefix', async () => {
      const s = await fresh();
      await s.putArticle(ARTICLES.visit);
      const other = await s.putArticle({ ...ARTICLES.talks, id: 'fx-visit' });
      assert.notEqual(other.id, 'fx-visit');
      assert.match(other.id, /^fx-visit~[0-9a-f]{8}$/);
      const anon = await s.putArticle({ text: ARTICLES.strike.text });
      assert.equal(anon.id, contentHash(ARTICLES.strike.text).slice(0, 16));
    });

    test('putResult stores the layers and replaces them idempotently; putError clears them', async () => {
      const s = await fresh();
      const { id } = await s.putArticle(ARTICLES.tariffs);
      const r = fixtureResults().tariffs;
      await s.putResult(id, r);
      await s.putResult(id, r);
      let c = await s.counts();
      assert.deepEqual(c, { articles: 1, done: 1, errors: 0, events: 3, quotes: 1 });
      const stored = await s.getArticle(id);
      assert.equal(stored?.status, 'done');
      assert.equal(stored?.events, 3);
      assert.equal(stored?.result?.events.length, 3);
      assert.equal(stored?.result?.id, id);
      await s.putResult(id, { ...r, events: r.events.slice(0, 1), quotes: [] });
      c = await s.counts();
      assert.deepEqual([c.events, c.quotes], [1, 0]);
      await s.putError(id, { code: 'empty', message: 'no text' });
      const e = await s.getArticle(id);
      assert.deepEqual([e?.status, e?.error?.code, e?.result, e?.events], ['error', 'empty', null, 0]);
      assert.deepEqual(await s.counts(), { articles: 1, done: 0, errors: 1, events: 0, quotes: 0 });
      await assert.rejects(s.putResult('no-such-article', r));
    });

    test('levers (migration 008): stored with the result, found by dyad, instrument and good, replaced and cleared with it', async () => {
      const s = await fresh();
      const ls = s;
      const { id } = await s.putArticle(ARTICLES.tariffs);
      const r = fixtureResults().tariffs;
      const text = r.text;
      const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
      const lever = (lid: string, o: Partial<Lever>): Lever => ({
        id: lid, kind: 'measure', instrument: 'tariff', direction: 'imposed', status: 'in-force',
        imposer: ['a1'], target: ['a2'], imposerCountry: 'USA', targetCountry: 'CHN', good: 'STEEL', goodText: at('steel'),
        magnitude: null, date: '2025-10-01', dateText: 'on Wednesday', dateBasis: 'text', cue: at('tariffs'),
        evidence: { start: 0, end: text.indexOf('.') + 1 }, event: 'e1', quote: null, speaker: null, ...o,
      });
      const levers = [
        lever('l1', { magnitude: { ...at('new'), value: [10, 25], unit: 'percent' } }),
        lever('l2', { instrument: 'dependence', kind: 'dependence', direction: null, imposerCountry: 'CHN', targetCountry: 'USA', imposer: ['a2'], target: ['a1'], date: null, dateText: null, dateBasis: null, event: null, quote: 'q1', speaker: 'a2' }),
      ];
      await s.putResult(id, { ...r, levers });
      await s.putResult(id, { ...r, levers });
      const both = await ls.levers({ a: 'CHN', b: 'USA' });
      assert.deepEqual(both.map((l) => `${l.leverId} ${l.instrument} ${l.imposerCountry}>${l.targetCountry} ${l.good}`).sort(),
        ['l1 tariff USA>CHN STEEL', 'l2 dependence CHN>USA STEEL']);
      const l1 = both.find((l) => l.leverId === 'l1')!;
      assert.deepEqual([l1.magnitude, l1.day, l1.dateBasis, l1.articleDate, l1.imposerNames, l1.cue.text, l1.evidence.text, l1.eventId],
        [{ value: 25, unit: 'percent', text: 'new' }, '2025-10-01', 'text', '2025-10-02', ['United States'], 'tariffs', text.slice(0, text.indexOf('.') + 1), 'e1']);
      const l2 = both.find((l) => l.leverId === 'l2')!;
      assert.deepEqual([l2.day, l2.speaker, l2.quoteId], ['2025-10-02', 'China', 'q1']);
      assert.deepEqual((await ls.levers({ a: 'USA', instrument: 'tariff' })).map((l) => l.leverId), ['l1']);
      assert.deepEqual((await ls.levers({ a: 'USA', b: 'RUS' })).length, 0);
      assert.deepEqual((await ls.levers({ good: 'STEEL', from: '2025-10-02' })).map((l) => l.leverId), ['l2']);
      await s.putResult(id, { ...r, levers: levers.slice(0, 1) });
      assert.equal((await ls.levers({})).length, 1);
      await s.putResult(id, r);
      assert.equal((await ls.levers({})).length, 0, 'a result without a lever layer leaves no lever rows');
      await s.putResult(id, { ...r, levers });
      await s.putError(id, { code: 'empty', message: 'no text' });
      assert.equal((await ls.levers({})).length, 0);
    });

    test('putArticles and putResults: batches in one transaction, all or nothing', async () => {
      const s = await fresh();
      const put = await s.putArticles([
        ARTICLES.visit, ARTICLES.tariffs, ARTICLES.visit, { id: 'story', text: STORY }, { id: 'copy', text: storyCopies(1)[0] },
      ]);
      assert.deepEqual(put.map((p) => [p.id, p.inserted, p.duplicateOf]), [
        ['fx-visit', true, null], ['fx-tariffs', true, null], ['fx-visit', false, null], ['story', true, null], ['copy', true, 'story'],
      ]);
      const r = fixtureResults();
      await s.putResults([{ id: 'fx-visit', result: r.visit }, { id: 'fx-tariffs', error: { code: 'x', message: 'y' } }]);
      assert.deepEqual(await s.counts(), { articles: 4, done: 1, errors: 1, events: 2, quotes: 1 });
      await assert.rejects(s.putResults([{ id: 'fx-tariffs', result: r.tariffs }, { id: 'no-such-article', result: r.talks }]));
      assert.equal((await s.getArticle('fx-tariffs'))?.status, 'error');
      assert.deepEqual(await s.counts(), { articles: 4, done: 1, errors: 1, events: 2, quotes: 1 });
      await s.putResults([]);
    });

    test('a result prepared in a worker (prepareResult) is stored exactly as the result itself', async () => {
      const s = await fresh();
      const ids = await loadFixtures(s);
      const r = fixtureResults();
      const reads = async () => JSON.stringify([
        await s.getArticle(ids.tariffs), await s.events({}), await s.quotes({}), await s.actors({}), await s.counts(),
        (await s.events({ q: 'Zoll' })).map((e) => e.eventId), (await s.quotes({ q: 'Frankreichs' })).map((q) => q.quoteId),
        await s.listArticles({ q: 'Paris' }),
      ]);
      const asResult = await reads();
      await s.putResults([{ id: ids.tariffs, prepared: prepareResult(ids.tariffs, r.tariffs) }, { id: ids.visit, prepared: prepareResult(ids.visit, r.visit) }]);
      assert.equal(await reads(), asResult);
      // an error replaces a prepared result as it replaces a result
      await s.putResults([{ id: ids.visit, error: { code: 'x', message: 'y' } }]);
      assert.equal((await s.getArticle(ids.visit))?.status, 'error');
      assert.notEqual(await reads(), asResult);
    });

    test('hostile strings are stored and found literally (parameterised SQL)', async () => {
      const s = await fresh();
      const title = `Robert'); DROP TABLE articles; -- 100% _wild_ "quoted"`;
      const { id } = await s.putArticle({ text: 'Ein kurzer Text über nichts Besonderes.', title });
      assert.equal((await s.getArticle(id))?.title, title);
      assert.equal((await s.listArticles({ q: '100% _wild_' })).length, 1);
      assert.equal((await s.listArticles({ q: '100%x' })).length, 0);
      assert.deepEqual(await s.quotes({ q: `"unbalanced AND ( NEAR` }), []);
      assert.equal((await s.counts()).articles, 1);
    });

    test('listArticles: newest date first, paging, search', async () => {
      const s = await fresh();
      await loadFixtures(s);
      const all = await s.listArticles();
      assert.deepEqual(all.map((a) => a.id), ['fx-talks', 'fx-strike', 'fx-tariffs', 'fx-visit']);
      assert.deepEqual(all.map((a) => a.events), [3, 2, 3, 2]);
      assert.deepEqual((await s.listArticles({ limit: 2, offset: 1 })).map((a) => a.id), ['fx-strike', 'fx-tariffs']);
      assert.deepEqual((await s.listArticles({ q: 'Paris' })).map((a) => a.id), ['fx-visit']);
      await s.putArticle({ id: 'undated', text: 'Ein Artikel ohne Datum, der in der Liste zuletzt kommt.' });
      assert.deepEqual((await s.listArticles()).map((a) => a.id).slice(-2), ['fx-visit', 'undated']);
    });

    test('events carry their article\'s language (the page sets it as `lang` on the evidence)', async () => {
      const s = await fresh();
      await loadFixtures(s);
      const byArticle = new Map((await s.events({ limit: 100 })).map((r) => [r.articleId, r.lang]));
      assert.deepEqual(['fx-visit', 'fx-tariffs', 'fx-talks', 'fx-strike'].map((id) => byArticle.get(id)), ['de', 'en', 'en', 'de']);
      const [one] = await s.eventsByKeys([{ articleId: 'fx-strike', eventId: 'e1' }]);
      assert.equal(one?.lang, 'de');
    });

    test('an article stored without a language takes the detected one from its result; a given one stays', async () => {
      const s = await fresh();
      const text = 'The minister threatened new tariffs on Monday.';
      const { id } = await s.putArticle({ id: 'fx-nolang', text, date: '2025-10-10' });
      assert.equal((await s.getArticle(id))?.lang ?? null, null);
      await s.putResult(id, resultFor({ id, text, lang: 'en', date: '2025-10-10' }, {
        events: [ev(text, 'e1', 'THREATEN', 'threatened', 'USA', null)],
        quotes: [qt(text, 'q1', 'new tariffs', null, null)],
      }));
      assert.equal((await s.getArticle(id))?.lang, 'en');
      assert.deepEqual((await s.events({})).map((e) => `${e.eventId}:${e.lang}`), ['e1:en']);
      const given = await s.putArticle({ id: 'fx-given', text: 'Der Minister drohte am Montag mit Zöllen.', lang: 'de', date: '2025-10-11' });
      await s.putResults([{ id: given.id, result: resultFor({ id: given.id, text: 'Der Minister drohte am Montag mit Zöllen.', lang: 'en', date: '2025-10-11' }, { events: [] }) }]);
      assert.equal((await s.getArticle(given.id))?.lang, 'de', 'the language the user gave is kept');
    });

    test('events: filters by date, countries, type, status, actor, evidence text', async () => {
      const s = await fresh();
      await loadFixtures(s);
      const ids = (rows: { articleId: string; eventId: string }[]) => rows.map((r) => `${r.articleId}/${r.eventId}`).sort();
      const cases: [Parameters<Store['events']>[0], string[]][] = [
        [{ source: 'USA', target: 'CHN' }, ['fx-talks/e1', 'fx-talks/e2', 'fx-talks/e3', 'fx-tariffs/e1']],
        [{ source: 'USA', target: 'CHN', either: true }, ['fx-talks/e1', 'fx-talks/e2', 'fx-talks/e3', 'fx-tariffs/e1', 'fx-tariffs/e2', 'fx-tariffs/e3']],
        [{ source: 'UKR', either: true }, ['fx-strike/e1', 'fx-strike/e2']],
        [{ from: '2025-10-02', to: '2025-10-08' }, ['fx-strike/e1', 'fx-strike/e2', 'fx-tariffs/e2', 'fx-tariffs/e3']],
        [{ to: '2025-09' }, ['fx-visit/e1', 'fx-visit/e2']],
        [{ type: 'SANCTION' }, ['fx-talks/e3', 'fx-tariffs/e1']],
        [{ type: 'SANCTION', status: 'negated' }, ['fx-talks/e3']],
        [{ actor: 'Beispiel' }, ['fx-visit/e1', 'fx-visit/e2']],
        [{ q: 'coercion' }, ['fx-tariffs/e2', 'fx-tariffs/e3']],
        [{ type: 'ASSAULT', source: 'DEU' }, []],
      ];
      for (const [q, want] of cases) assert.deepEqual(ids(await s.events(q)), want, JSON.stringify(q));
      const [e] = await s.events({ type: 'ASSAULT' });
      assert.deepEqual(
        [e.articleId, e.date, e.articleDate, e.sourceNames, e.targetNames, e.trigger.text, e.sources, e.score],
        ['fx-strike', '2025-10-08', '2025-10-08', ['Russland'], ['Ukraine'], 'griff', 1, -9],
      );
      assert.equal(e.evidence.text, ARTICLES.strike.text.slice(e.evidence.start, e.evidence.end));
      assert.match(e.evidence.text, /^Russland griff/);
      const [support] = await s.events({ type: 'SUPPORT' });
      assert.deepEqual([support.date, support.articleDate, support.quoteId], [null, '2025-09-25', 'q1']);
      const page = await s.events({ limit: 3, offset: 0 });
      const next = await s.events({ limit: 3, offset: 3 });
      assert.equal(page.length, 3);
      assert.equal(new Set([...page, ...next].map((r) => r.articleId + r.eventId)).size, 6);
    });

    test('quotes: full-text search over text and speaker, filters', async () => {
      const s = await fresh();
      await loadFixtures(s);
      const cases: [Parameters<Store['quotes']>[0], string[]][] = [
        [{ q: 'grave mistake' }, ['fx-tariffs/q1']],
        [{ q: 'mistake grave' }, ['fx-tariffs/q1']],
        [{ q: 'Hilfe' }, ['fx-strike/q1']],
        [{ q: 'Beispiel' }, ['fx-visit/q1']],
        [{ q: 'mistake Hilfe' }, []],
        [{ country: 'CHN' }, ['fx-tariffs/q1']],
        [{ speaker: 'Ukraine' }, ['fx-strike/q1']],
        [{ from: '2025-10-01' }, ['fx-strike/q1', 'fx-tariffs/q1']],
        [{ to: '2025-09-30' }, ['fx-visit/q1']],
      ];
      for (const [q, want] of cases) {
        assert.deepEqual((await s.quotes(q)).map((r) => `${r.articleId}/${r.quoteId}`).sort(), want, JSON.stringify(q));
      }
      const [row] = await s.quotes({ q: 'Seite Frankreichs' });
      assert.deepEqual(
        [row.speaker, row.speakerCountry, row.type, row.date, row.title],
        ['Annalena Beispiel', 'DEU', 'direct', '2025-09-25', 'Außenministerin in Paris'],
      );
    });

    test('actors: aggregated over articles by name and type', async () => {
      const s = await fresh();
      await loadFixtures(s);
      const rows = await s.actors();
      const us = rows.find((r) => r.name === 'United States');
      assert.deepEqual(us, { name: 'United States', type: 'GPE', country: 'USA', sector: 'GOV', roles: ['president'], articles: 2, mentions: 3 });
      assert.equal(rows[0].articles, 2);
      assert.deepEqual((await s.actors({ q: 'Beisp' })).map((r) => r.name), ['Annalena Beispiel']);
      assert.equal((await s.actors({ limit: 1 })).length, 1);
    });

    test('relation: ISO weeks, both directions, quad classes, negated events not scored', async () => {
      const s = await fresh();
      await loadFixtures(s);
      const series = await s.relation('CHN', 'USA');
      assert.deepEqual(series.map((p) => p.week), ['2025-09-29', '2025-10-06']);
      const [w1, w2] = series;
      assert.equal(w1.count, 3);
      assert.equal(w1.scoreSum, -12);
      assert.equal(w1.scoreMean, -4);
      // SANCTION is verbal conflict (quad 3) in the PLOVER manual's summary table (docs/events.md)
      assert.deepEqual(w1.quad['material-conflict'], { asserted: 0, planned: 0, other: 0 });
      assert.deepEqual(w1.quad['verbal-conflict'], { asserted: 2, planned: 1, other: 0 });
      assert.deepEqual(w1.quad['verbal-coop'], { asserted: 0, planned: 0, other: 0 });
      assert.equal(w2.count, 3);
      assert.equal(w2.scoreSum, 4);
      assert.equal(w2.scoreMean, 2);
      assert.deepEqual(w2.quad['verbal-conflict'], { asserted: 0, planned: 0, other: 1 });
      assert.deepEqual(w2.quad['verbal-coop'], { asserted: 1, planned: 1, other: 0 });
      assert.deepEqual(await s.relation('USA', 'CHN'), series);
      assert.deepEqual((await s.relation('DEU', 'FRA')).map((p) => [p.week, p.count]), [['2025-09-22', 2]]);
      assert.deepEqual(await s.relation('DEU', 'CHN'), []);
    });

    test('places: events per place and per state taking part; the place filter of events()', async () => {
      const s = await fresh();
      const ids = await loadFixtures(s);
      const v = ARTICLES.visit.text;
      const paris = { name: 'Paris', country: 'FRA', lat: 48.85, lon: 2.35 };
      await s.putResult(ids.visit, resultFor(ARTICLES.visit, {
        events: [
          ev(v, 'e1', 'CONSULT', 'reiste', 'DEU', 'FRA', { place: paris }),
          ev(v, 'e2', 'SUPPORT', 'stehen fest an der Seite', 'DEU', 'FRA', { place: paris }),
          ev(v, 'e3', 'CONSULT', 'traf', 'DEU', 'FRA', { place: { name: 'Nirgendwo', country: null, lat: null, lon: null } }),
        ],
      }));
      const all = await s.places();
      assert.deepEqual(all.places, [{ name: 'Paris', country: 'FRA', lat: 48.85, lon: 2.35, count: 2 }]);
      assert.deepEqual(all.countries.slice(0, 3), [
        { country: 'CHN', count: 6 }, { country: 'USA', count: 6 }, { country: 'DEU', count: 3 },
      ]);
      const consult = await s.places({ type: 'CONSULT' });
      assert.deepEqual(consult.places.map((p) => [p.name, p.count]), [['Paris', 1]]);
      assert.deepEqual(consult.countries, [
        { country: 'DEU', count: 2 }, { country: 'FRA', count: 2 }, { country: 'CHN', count: 1 }, { country: 'USA', count: 1 },
      ]);
      assert.deepEqual((await s.events({ place: 'Paris' })).map((e) => e.eventId).sort(), ['e1', 'e2']);
      assert.deepEqual(await s.events({ place: 'Berlin' }), []);
      await s.putError(ids.visit, { code: 'test', message: 'gone' }); // the answer follows writes (no stale cache)
      assert.deepEqual((await s.places()).places, []);
    });

    test('dyads: unordered country pairs, most events first', async () => {
      const s = await fresh();
      await loadFixtures(s);
      assert.deepEqual(await s.dyads(), [
        { a: 'CHN', b: 'USA', count: 6 }, { a: 'DEU', b: 'FRA', count: 2 }, { a: 'RUS', b: 'UKR', count: 1 },
      ]);
      assert.equal((await s.dyads(1)).length, 1);
    });

    test('claim leases pending articles once; an expired lease is taken again; a result ends it', async () => {
      const s = await fresh();
      for (const a of Object.values(ARTICLES)) await s.putArticle(a);
      const first = await s.claim('w1', 3, 60_000);
      assert.deepEqual(first.map((c) => c.id), ['fx-visit', 'fx-tariffs', 'fx-talks']);
      assert.equal(first[0].article.text, ARTICLES.visit.text);
      assert.equal(first[0].article.date, '2025-09-25');
      const second = await s.claim('w2', 3, 60_000);
      assert.deepEqual(second.map((c) => c.id), ['fx-strike']);
      assert.deepEqual(await s.claim('w3', 3, 60_000), []);
      // w2 "dies" holding a short lease: after it expires the article is taken again
      const short = await s.claim('w2', 1, 1);
      assert.deepEqual(short, []);
      await s.putResult('fx-visit', fixtureResults().visit);
      assert.equal(await s.pendingCount(), 3);
      const s2 = await fresh();
      await s2.putArticle(ARTICLES.strike);
      assert.equal((await s2.claim('dead', 1, 1)).length, 1);
      await new Promise((r) => setTimeout(r, 20));
      const again = await s2.claim('alive', 1, 60_000);
      assert.deepEqual(again.map((c) => c.id), ['fx-strike']);
      await s2.putResult('fx-strike', fixtureResults().strike);
      await s2.putResult('fx-strike', fixtureResults().strike); // the dead worker's late write: still one result
      assert.deepEqual(await s2.counts(), { articles: 1, done: 1, errors: 0, events: 2, quotes: 1 });
      assert.equal(await s2.pendingCount(), 0);
    });

    test('twenty mutated copies of one story count as one story and its events once', async () => {
      const s = await fresh();
      const base = { lang: 'de' as const, date: '2025-10-14' };
      const canon = await s.putArticle({ ...base, id: 'story', text: STORY });
      assert.equal(canon.duplicateOf, null);
      const eventsOf = (text: string) => [
        ev(text, 'e1', 'SANCTION', 'Zölle', 'USA', 'CHN', { score: -6 }),
        ev(text, 'e2', 'THREATEN', 'Gegenmaßnahmen', 'CHN', 'USA', { status: 'planned', score: -4 }),
      ];
      await s.putResult(canon.id, resultFor({ ...base, text: STORY }, { events: eventsOf(STORY) }));
      const copies = storyCopies(20);
      for (const [i, text] of copies.entries()) {
        const put = await s.putArticle({ ...base, id: `copy-${i}`, text });
        assert.equal(put.inserted, true);
        assert.equal(put.duplicateOf, 'story', `copy ${i}: ${text.slice(0, 60)}`);
        await s.putResult(put.id, resultFor({ ...base, text }, { events: eventsOf(text) }));
      }
      const stories = [];
      for await (const st of s.allStories()) stories.push([st.result.id, st.sources]);
      assert.deepEqual(stories, [['story', 21]]);
      const unrelated = await s.putArticle(ARTICLES.tariffs);
      assert.equal(unrelated.duplicateOf, null);
      const rows = await s.events({ source: 'USA', target: 'CHN', either: true });
      assert.deepEqual(rows.map((r) => [r.articleId, r.eventId, r.sources]), [['story', 'e1', 21], ['story', 'e2', 21]]);
      const week = await s.relation('USA', 'CHN');
      assert.deepEqual(week.map((p) => [p.week, p.count]), [['2025-10-13', 2]]);
      assert.deepEqual(await s.dyads(), [{ a: 'CHN', b: 'USA', count: 2 }]);
      assert.deepEqual((await s.places()).countries, [{ country: 'CHN', count: 2 }, { country: 'USA', count: 2 }]);
      const c = await s.counts();
      assert.deepEqual([c.articles, c.done, c.events], [22, 21, 2]);
      assert.equal((await s.getArticle('copy-3'))?.duplicateOf, 'story');
    });

    test('allResults and allEvents stream everything in insertion order', async () => {
      const s = await fresh();
      await loadFixtures(s);
      await s.putArticle({ text: 'Ein Artikel ohne Ergebnis, der noch wartet.' });
      const results = [];
      for await (const r of s.allResults(2)) results.push(r.id);
      assert.deepEqual(results, ['fx-visit', 'fx-tariffs', 'fx-talks', 'fx-strike']);
      const events = [];
      for await (const e of s.allEvents(1)) events.push(`${e.articleId}/${e.eventId}`);
      const stories = [];
      for await (const st of s.allStories(3)) stories.push(`${st.result.id}:${st.sources}`);
      assert.deepEqual(stories, ['fx-visit:1', 'fx-tariffs:1', 'fx-talks:1', 'fx-strike:1']);
      assert.deepEqual(events, [
        'fx-visit/e1', 'fx-visit/e2', 'fx-tariffs/e1', 'fx-tariffs/e2', 'fx-tariffs/e3',
        'fx-talks/e1', 'fx-talks/e2', 'fx-talks/e3', 'fx-strike/e1', 'fx-strike/e2',
      ]);
    });

    test('claimIds leases only pending articles with a free lease, once (issue 15, item 15)', async () => {
      const s = await fresh();
      const puts = await s.putArticles([
        { text: 'Der erste Artikel über Gespräche in Oslo am Montag.' },
        { text: 'Der zweite Artikel über Zölle und Handel mit Kanada.' },
        { text: 'Der dritte Artikel über eine Wahl in Portugal.' },
      ]);
      const [a, b, c] = puts.map((p) => p.id);
      await s.putResults([{ id: c, error: { code: 'x', message: 'schon fertig' } }]);
      assert.deepEqual((await s.claimIds('one', [a], 60_000)).sort(), [a]);
      // a is held by "one", c is no longer pending, an unknown id is ignored
      assert.deepEqual(await s.claimIds('two', [a, b, c, 'nope'], 60_000), [b]);
      assert.deepEqual(await s.claimIds('three', [a, b], 60_000), []);
      assert.deepEqual(await s.claimIds('three', [], 60_000), []);
      // the leases still run: nobody else gets them, not even through claim()
      assert.deepEqual((await s.claimIds('four', [a, b], -1)).length, 0);
      assert.equal((await s.claim('five', 10, 60_000)).length, 0);
      // a dead owner's leases can be freed (src/ingest/stale-leases.ts)
      assert.deepEqual((await s.leaseOwners()).sort(), ['one', 'two']);
      assert.equal(await s.releaseLeases('one'), 1);
      assert.deepEqual(await s.leaseOwners(), ['two']);
      assert.deepEqual(await s.claimIds('six', [a, b], 60_000), [a]);
    });

    test('poison pills: NUL and lone surrogates in any string never fail a batch (issue 15, item 1)', async () => {
      const s = await fresh();
      const good = 'Die Außenministerin reiste am Montag nach Paris. Dort traf sie ihren Amtskollegen.';
      const puts = await s.putArticles([
        { text: good, title: 'Gut' },
        { text: 'Ein Satz mit\u0000NUL und einem\ud800 halben Zeichen.', title: 'Tit\u0000el\udc00', id: 'p\u0000ill',
          source: 'Quel\ud83dle', url: 'https://example.org/\u0000' },
        { text: 'Ein dritter, ganz gewöhnlicher Artikel über Zölle und Handel.', title: 'Auch gut' },
      ]);
      assert.equal(puts.filter((p) => p.inserted).length, 3);
      const bad = await s.getArticle(puts[1].id);
      assert.equal(bad?.text, 'Ein Satz mitNUL und einem\ufffd halben Zeichen.');
      assert.equal(bad?.title, 'Titel\ufffd');
      assert.equal(bad?.source, 'Quel\ufffdle');
      assert.equal(puts[1].id, 'pill');
      // a result whose strings carry them too (a stage copying raw input) is stored, so is an error message
      const r = resultFor({ id: puts[1].id, text: 'x\u0000y\ud800', title: 't\u0000' }, {
        actors: [ac('a1', 'Na\u0000me\udfff', 'PER', 'DEU', null, 'Ro\u0000lle')],
      });
      await s.putResults([{ id: puts[1].id, result: r }, { id: puts[0].id, error: { code: 'x\u0000', message: 'kaputt\ud800' } }]);
      const back = await s.getArticle(puts[1].id);
      assert.equal(back?.status, 'done');
      assert.equal(back?.result?.actors[0].name.replace('\ufffd', '?').replace('\u0000', ''), 'Name?');
      assert.equal((await s.getArticle(puts[0].id))?.status, 'error');
      const [f] = await s.addRegistryFacts([{ name: 'Jane\u0000 Ex\ud800', type: 'PER', country: 'USA', source: 'analyst', role: 'r\u0000' }]);
      assert.equal(f.name, 'Jane Ex\ufffd');
      assert.equal((await s.counts()).articles, 3);
    });

    test('corrections: their own layer with author and time; reads, series and exports corrected; kept across re-analysis', async () => {
      const s = await fresh();
      const ids = await loadFixtures(s);
      const cs = s;
      const view = correctedView(s);
      assert.deepEqual(await cs.corrections(), []);
      const before = await view.relation('CHN', 'USA');
      assert.deepEqual(before, await s.relation('CHN', 'USA'), 'no corrections: the view answers as the store');
      const add = (c: Record<string, unknown>) => {
        const v = validateCorrection({ author: 'ana', ...c });
        if (v instanceof Error) throw v;
        return cs.addCorrection(v);
      };
      // the tariff event was really a consultation on 2025-10-09; the accusation is wrong
      const first = await add({ kind: 'event', articleId: ids.tariffs, eventId: 'e1', field: 'type', value: 'consult' });
      await add({ kind: 'event', articleId: ids.tariffs, eventId: 'e1', field: 'date', value: '2025-10-09' });
      await add({ kind: 'event', articleId: ids.tariffs, eventId: 'e2', field: 'flag', value: 'wrong', note: 'a quote, not an accusation' });
      await add({ kind: 'event', articleId: ids.strike, eventId: 'e2', field: 'target', value: 'deu' });
      assert.equal(first.author, 'ana');
      assert.equal(first.value, 'CONSULT');
      assert.match(first.createdAt, /^\d{4}-\d{2}-\d{2}T/);
      const audit = await cs.corrections();
      assert.equal(audit.length, 4);
      assert.equal(audit[0].field, 'target', 'the audit list is newest first');
      assert.equal((await cs.corrections({ articleId: ids.tariffs, eventId: 'e2' }))[0].note, 'a quote, not an accusation');
      // the engine's rows are untouched
      const engine = (await s.events({ source: 'USA', target: 'CHN' })).find((e) => e.articleId === ids.tariffs)!;
      assert.equal(engine.type, 'SANCTION');
      assert.equal(engine.corrected, undefined);
      const check = async () => {
        const e1 = (await view.events({ type: 'CONSULT', source: 'USA', target: 'CHN' })).find((e) => e.articleId === ids.tariffs);
        assert.ok(e1, 'the corrected type is filtered on');
        assert.deepEqual([e1.type, e1.date, e1.score > 0, e1.corrected, e1.correctedBy], ['CONSULT', '2025-10-09', true, ['type', 'date'], 'ana']);
        assert.equal((await view.events({ type: 'SANCTION', source: 'USA', target: 'CHN', status: 'asserted' })).length, 0);
        const flagged = (await view.events({ source: 'CHN' })).find((e) => e.eventId === 'e2' && e.articleId === ids.tariffs);
        assert.equal(flagged?.flagged, true, 'a flagged event is listed, marked');
        assert.equal((await view.events({ source: 'UKR', target: 'DEU' })).length, 1);
        // the weekly series: the week of 2025-09-29 lost the sanction (moved) and the accusation (flagged)
        const series = await view.relation('CHN', 'USA');
        assert.deepEqual(series.map((p) => [p.week, p.count]), [['2025-09-29', 1], ['2025-10-06', 4]]);
        assert.deepEqual((await view.relationSeries('USA', 'CHN', { direction: 'ab', unit: 'day' })).map((p) => [p.week, p.count]),
          [['2025-10-09', 4]]);
        assert.deepEqual((await view.dyads()).slice(0, 2), [{ a: 'CHN', b: 'USA', count: 5 }, { a: 'DEU', b: 'FRA', count: 2 }]);
        const csv: EventRow[] = [];
        for await (const e of view.allEvents()) csv.push(e);
        assert.equal(csv.filter((e) => e.articleId === ids.tariffs).map((e) => `${e.eventId}:${e.type}`).join(' '), 'e1:CONSULT e3:THREATEN');
        for await (const { result } of view.allStories()) {
          if (result.id === ids.tariffs) assert.deepEqual(result.events.map((e) => e.type), ['CONSULT', 'THREATEN']);
        }
      };
      await check();
      // re-analysis rewrites the engine's rows: the corrections still apply
      await s.putResult(ids.tariffs, fixtureResults().tariffs);
      await s.putResult(ids.strike, fixtureResults().strike);
      await check();
      // taking a correction back (value null) restores the engine's field
      await add({ kind: 'event', articleId: ids.strike, eventId: 'e2', field: 'target', value: null });
      assert.equal((await view.events({ source: 'UKR' }))[0].targetCountry, null);
      // merging actors: one row, events and quotes found under the new name
      await add({ kind: 'actor-merge', name: 'United States', value: 'USA (merged)' });
      const merged = (await view.actors()).find((a) => a.name === 'USA (merged)');
      assert.equal(merged?.articles, 2);
      assert.equal((await view.actors()).some((a) => a.name === 'United States'), false);
      const byName = await view.events({ actor: 'USA (merged)' });
      assert.ok(byName.length >= 4 && byName.every((e) => [...e.sourceNames, ...e.targetNames].includes('USA (merged)')));
      await add({ kind: 'actor-merge', name: 'United States', value: null }); // split again
      assert.ok((await view.actors()).some((a) => a.name === 'United States'));
      assert.ok(validateCorrection({ kind: 'event', articleId: 'x', eventId: 'e1', field: 'type', value: 'HUG' }) instanceof Error);
      assert.ok(validateCorrection({ kind: 'actor-merge', name: 'A', value: 'A' }) instanceof Error);
    });

    test('search: stemmed whole words (de/en), prefixes, phrases, other names; re-analysis and errors keep the index in step', async () => {
      const s = await fresh();
      const ids = await loadFixtures(s);
      const text = 'Die Minister werden am Montag über Zölle auf seltene Metalle beraten. Die Regierung drohte mit neuen Zöllen.';
      const { id } = await s.putArticle({ id: 'fx-zoll', text, lang: 'de', date: '2025-10-10', title: 'Beratung' });
      await s.putResult(id, resultFor({ id, text, lang: 'de', date: '2025-10-10' }, {
        events: [ev(text, 'e1', 'THREATEN', 'drohte', 'DEU', null)],
        quotes: [qt(text, 'q1', 'Die Minister werden am Montag über Zölle', null, null)],
      }));
      const evs = async (q: string) => (await s.events({ q })).map((e) => `${e.articleId}/${e.eventId}`).sort();
      assert.deepEqual(await evs('Zoll'), ['fx-zoll/e1'], 'Zoll finds Zöllen');
      assert.deepEqual(await evs('zölle'), ['fx-zoll/e1']);
      assert.deepEqual(await evs('Erden'), [], 'no substring matches (werden)');
      assert.deepEqual(await evs('coercion'), ['fx-tariffs/e2', 'fx-tariffs/e3']);
      assert.deepEqual(await evs('Regier*'), ['fx-zoll/e1'], 'prefix');
      assert.deepEqual((await s.quotes({ q: 'Zoll werden' })).map((q) => q.quoteId), ['q1']);
      assert.deepEqual((await s.quotes({ q: '"grave mistake"' })).map((q) => q.articleId), [ids.tariffs], 'phrase');
      assert.deepEqual(await s.quotes({ q: '"mistake grave"' }), [], 'a phrase keeps its order');
      const arts = async (q: string, sameAs?: (n: string) => string[]) => (await s.listArticles({ match: parseQuery(q, sameAs) })).map((a) => a.id).sort();
      assert.deepEqual(await arts('Energie*'), [ids.visit]);
      assert.deepEqual(await arts('Peking'), []);
      assert.deepEqual(await arts('Peking', (n) => (n === 'Peking' ? ['Beijing'] : [])), [ids.tariffs], 'other names of a place');
      assert.deepEqual((await s.events({ match: parseQuery('Peking accused', (n) => (n === 'Peking' ? ['Beijing'] : [])) })).map((e) => e.eventId).sort(), ['e2', 'e3']);
      assert.deepEqual(await arts('"unbalanced AND ( NEAR'), []);
      // a new analysis replaces the documents; an error removes them
      await s.putResult(id, resultFor({ id, text, lang: 'de', date: '2025-10-10' }, { events: [] }));
      assert.deepEqual(await evs('Zoll'), []);
      assert.deepEqual(await arts('Zoll'), ['fx-zoll']);
      await s.putError(id, { code: 'x', message: 'y' });
      assert.deepEqual(await arts('Zoll'), []);
    });

    test('registry facts: stored with provenance, read back in id order, afterId for catching up', async () => {
      const s = await fresh();
      const rf = s;
      assert.deepEqual(await rf.registryFacts(), []);
      const [learned, analyst] = await rf.addRegistryFacts([
        {
          name: 'Jane Example', aliases: ['J. Example'], type: 'PER', country: 'USA', sector: 'GOV', role: 'foreign minister',
          source: 'learned', articleId: 'art-1', span: { start: 0, end: 40 }, evidence: 'US-Außenministerin Jane Example',
        },
        { name: 'Example Corp', type: 'ORG', country: 'DEU', sector: 'BUS', source: 'analyst' },
      ]);
      assert.equal(learned.source, 'learned');
      assert.deepEqual(learned.span, { start: 0, end: 40 });
      assert.equal(learned.articleId, 'art-1');
      assert.deepEqual(learned.aliases, ['J. Example']);
      assert.equal(analyst.span, null);
      assert.equal(analyst.role, null);
      assert.ok(analyst.id > learned.id);
      assert.match(learned.createdAt, /^\d{4}-\d{2}-\d{2}T/);
      const all = await rf.registryFacts();
      assert.deepEqual(all.map((f) => f.name), ['Jane Example', 'Example Corp']);
      assert.deepEqual(all[0], learned);
      assert.deepEqual((await rf.registryFacts({ afterId: learned.id })).map((f) => f.name), ['Example Corp']);
      assert.deepEqual(await rf.addRegistryFacts([]), []);
    });
    test('corrections: an actor split into two (chosen articles\' mentions go to the new actor), on every read, kept across re-analysis, taken back', async () => {
      const s = await fresh();
      const ids = await loadFixtures(s);
      const cs = s;
      const view = correctedView(s);
      const add = (c: Record<string, unknown>) => {
        const v = validateCorrection({ author: 'ana', ...c });
        if (v instanceof Error) throw v;
        return cs.addCorrection(v);
      };
      // "China" of the tariff article is the commerce ministry; the phone call's "China" stays
      const row = await add({ kind: 'actor-merge', name: 'China', articleId: ids.tariffs, value: 'Chinese Ministry of Commerce', note: 'split' });
      assert.deepEqual([row.kind, row.name, row.articleId, row.value], ['actor-merge', 'China', ids.tariffs, 'Chinese Ministry of Commerce'], 'stored as a correction with its article');
      const check = async () => {
        const actors = await view.actors();
        const pick = (n: string) => actors.filter((a) => a.name === n).map((a) => [a.type, a.country, a.articles, a.mentions]);
        assert.deepEqual(pick('Chinese Ministry of Commerce'), [['GPE', 'CHN', 1, 2]]);
        assert.deepEqual(pick('China'), [['GPE', 'CHN', 1, 1]], 'the old actor keeps the other article');
        assert.deepEqual((await view.actors({ q: 'Ministry' })).map((a) => a.name), ['Chinese Ministry of Commerce']);
        const ev = async (actor: string) => (await view.events({ actor })).map((e) => `${e.articleId}/${e.eventId}`).sort();
        assert.deepEqual(await ev('Chinese Ministry of Commerce'), [`${ids.tariffs}/e1`, `${ids.tariffs}/e2`, `${ids.tariffs}/e3`]);
        assert.deepEqual(await ev('China'), [`${ids.talks}/e1`, `${ids.talks}/e2`, `${ids.talks}/e3`]);
        const tariffRows = (await view.events({ source: 'CHN', target: 'USA' })).filter((e) => e.articleId === ids.tariffs);
        assert.ok(tariffRows.length === 2 && tariffRows.every((e) => e.sourceNames.includes('Chinese Ministry of Commerce') && !e.sourceNames.includes('China')));
        assert.deepEqual((await view.quotes({ speaker: 'Chinese Ministry' })).map((q) => [q.articleId, q.speaker]), [[ids.tariffs, 'Chinese Ministry of Commerce']]);
        assert.equal((await view.quotes({ speaker: 'China' })).filter((q) => q.articleId === ids.tariffs).length, 0);
        for await (const { result } of view.allStories()) {
          const names = result.actors.map((a) => a.name);
          if (result.id === ids.tariffs) assert.ok(names.includes('Chinese Ministry of Commerce') && !names.includes('China'));
          if (result.id === ids.talks) assert.ok(names.includes('China'));
        }
      };
      await check();
      await s.putResult(ids.tariffs, fixtureResults().tariffs); // re-analysis
      await check();
      // the split taken back for that article (value null)
      await add({ kind: 'actor-merge', name: 'China', articleId: ids.tariffs, value: null });
      assert.deepEqual((await view.actors()).filter((a) => a.name === 'China').map((a) => a.articles), [2]);
      assert.equal((await view.actors()).some((a) => a.name === 'Chinese Ministry of Commerce'), false);
      assert.ok(validateCorrection({ kind: 'actor-alias', name: 'China', articleId: ids.tariffs, value: 'VR China' }) instanceof Error);
    });
  });
}
