import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { ArticleIn } from '../contract/schema.js';
import { LearningRegistry } from '../ingest/learning.js';
import { syntheticArticles } from '../ingest/corpus.js';
import { AnalysisPool } from './pool.js';
import { ordered } from './ordered.js';
import { extractResult, learningOutcome } from './tasks.js';
import { seededRegistry } from '../registry/starter.js';

// team-written articles: two German, one English, one empty (an error result), one with a reader note
const ARTICLES: { article: ArticleIn; notes: string[] }[] = [
  { article: { id: 'p1', text: 'Die Außenministerin von Kanada, Lea Brook, traf am Montag in Rom den italienischen Regierungschef.', lang: 'de', date: '2025-04-07' }, notes: [] },
  { article: { id: 'p2', text: 'China verhängte am Freitag Sanktionen gegen drei Unternehmen aus Japan. "Das ist inakzeptabel", sagte ein Sprecher in Tokio.' }, notes: ['title taken from the file name'] },
  { article: { id: 'p3', text: 'The Norwegian prime minister met the Polish president in Oslo on Tuesday and signed an energy agreement.', date: '2025-05-06' }, notes: [] },
  { article: { id: 'p4', text: '   ' }, notes: [] },
  { article: { text: 'Brasilien kündigte an, Zölle von zwanzig Prozent auf Stahl aus Mexiko zu erheben.' }, notes: [] },
];

async function* from<T>(xs: T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

test('extract tasks in the pool give the same JSON as in-process, in input order', async () => {
  const many = [...ARTICLES, ...syntheticArticles(40, 6, 7).map((article) => ({ article, notes: [] }))];
  const expected = many.map(({ article, notes }) => JSON.stringify(extractResult(article, 'origin.txt', notes, { lang: undefined })));
  const pool = new AnalysisPool({ size: 2 });
  try {
    const got: string[] = [];
    for await (const s of ordered(from(many), ({ article, notes }) => pool.run({ kind: 'extract', article, origin: 'origin.txt', notes, opts: {} }), 6)) got.push(s);
    assert.equal(got.length, expected.length);
    assert.deepEqual(got, expected);
    assert.equal(pool.crashes, 0);
  } finally {
    await pool.close();
  }
});

test('text beyond Latin-1 crosses the pool unchanged: umlauts, typographic quotes, emoji, a lone surrogate', async () => {
  // a two-byte string in V8 (the quotes, the dash), surrogate pairs (emoji, a flag) and a lone surrogate
  // (the reader replaces those, src/read/clean-text.ts; a task built by hand can still hold one)
  const article: ArticleIn = {
    id: 'u1',
    title: 'Grüße aus Köln 👋',
    text: 'Die Außenministerin Annalena Baerbock sagte am Montag in Köln: „Wir brauchen Lösungen – jetzt.“ 🇩🇪👍 Der Bürgermeister von Düsseldorf 🙂 widersprach. Ein kaputtes Zeichen: \ud800 bleibt.',
  };
  const notes = ['Überschrift aus dem Dateinamen 🙂'];
  const want = JSON.stringify(extractResult(article, 'u.txt', notes, {}));
  const pool = new AnalysisPool({ size: 1 });
  try {
    const got = await pool.run({ kind: 'extract', article, origin: 'u.txt', notes, opts: {} });
    assert.equal(got, want);
    assert.ok(got.includes('„Wir brauchen Lösungen – jetzt.“ 🇩🇪👍') && got.includes('Köln 👋') && got.includes('Dateinamen 🙂'), got);
    // JSON.stringify escaped the lone surrogate: the line is well-formed, so its UTF-8 bytes decode back to it
    assert.ok(got.includes('\\ud800'));
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(got), 'no lone surrogate in the line');
    assert.equal(Buffer.from(got, 'utf8').toString('utf8'), want);
  } finally {
    await pool.close();
  }
});

test('learning in a registry context: one article at a time gives exactly the sequential results and facts', async () => {
  // the second article only names the surname: it resolves through what the first taught
  const texts = [
    'US-Außenministerin Jane Example traf am Montag in Berlin den Bundeskanzler. Die Gespräche dauerten zwei Stunden.',
    'Example sagte am Dienstag, die Gespräche seien gut verlaufen. Sie reiste danach weiter nach Paris.',
    ...syntheticArticles(6, 5, 3).map((a) => a.text),
  ];
  const seq = await LearningRegistry.open(null);
  const want = texts.map((text, i) => seq.analyse(`a${i}`, { text, lang: 'de', date: '2025-03-03' }));
  assert.ok(seq.unwritten > 0, 'the control run learned something');

  const pool = new AnalysisPool({ size: 2 });
  const lr = await LearningRegistry.open(null, { log: true });
  const ctx = pool.context(lr.log!);
  try {
    for (const [i, text] of texts.entries()) {
      const { outcome, facts } = await pool.run({ kind: 'outcome', id: `a${i}`, article: { text, lang: 'de', date: '2025-03-03' }, ctx });
      lr.accept(facts);
      assert.equal(JSON.stringify(outcome), JSON.stringify(want[i]), `article ${i}`);
    }
    assert.equal(lr.unwritten, seq.unwritten);
    const example = want[1];
    assert.ok('result' in example && example.result.actors.some((a) => a.name === 'Jane Example' && a.country === 'USA'), 'control: the surname resolved');
  } finally {
    await pool.close();
  }
});

test('a registry snapshot: tasks dispatched before a fact is learned do not see it', async () => {
  const first = 'US-Außenministerin Jane Example traf am Montag in Berlin den Bundeskanzler.';
  const second = 'Example sagte am Dienstag, die Gespräche seien gut verlaufen.';
  const pool = new AnalysisPool({ size: 1 });
  const lr = await LearningRegistry.open(null, { log: true });
  const ctx = pool.context(lr.log!);
  try {
    const a = pool.run({ kind: 'outcome', id: 'a', article: { text: first, lang: 'de' }, ctx });
    const b = pool.run({ kind: 'outcome', id: 'b', article: { text: second, lang: 'de' }, ctx });
    const [ra, rb] = await Promise.all([a, b]);
    lr.accept(ra.facts);
    lr.accept(rb.facts);
    const want = learningOutcome('b', { text: second, lang: 'de' }, seededRegistry());
    assert.equal(JSON.stringify(rb.outcome), JSON.stringify(want.outcome));
    assert.ok(ra.facts.some((f) => f.name === 'Jane Example'));
  } finally {
    await pool.close();
  }
});

test('a worker that dies costs only its article: error result, the others analysed, in order', async () => {
  const pool = new AnalysisPool({ size: 2, module: new URL('./testing/crash-worker.ts', import.meta.url) });
  const arts = syntheticArticles(12, 4, 5);
  arts[5] = { ...arts[5], text: `${arts[5].text} CRASH-THIS-WORKER` };
  try {
    const out: string[] = [];
    for await (const s of ordered(from(arts), (article) => pool.run({ kind: 'extract', article, origin: '-', notes: [], opts: {} }), 8)) out.push(s);
    assert.equal(out.length, 12);
    const errors = out.map((s, i) => [i, JSON.parse(s)] as const).filter(([, r]) => 'error' in r);
    assert.deepEqual(errors.map(([i, r]) => [i, r.id, r.error.code]), [[5, arts[5].id, 'internal']]);
    assert.match(errors[0][1].error.message, /worker died/);
    for (const [i, s] of out.entries()) if (i !== 5) assert.equal(s, JSON.stringify(extractResult(arts[i], '-', [], {})));
    assert.equal(pool.crashes, 1);
    // the pool replaced the worker: it still answers
    const after = await pool.run({ kind: 'outcome', id: 'x', article: arts[0] });
    assert.ok('result' in after.outcome);
  } finally {
    await pool.close();
  }
});

test('workers that cannot start: every task resolves as an error result, no hang', async () => {
  const pool = new AnalysisPool({ size: 1, module: new URL('./testing/broken-worker.ts', import.meta.url) });
  try {
    const rs = await Promise.all([1, 2, 3].map((i) => pool.run({ kind: 'outcome', id: `b${i}`, article: { text: 'Ein Satz.' } })));
    for (const r of rs) assert.ok('error' in r.outcome && /cannot start/.test(r.outcome.error.message), JSON.stringify(r));
  } finally {
    await pool.destroy();
  }
});

test('backpressure: ordered() keeps at most `window` tasks in flight and reads the source only as fast', async () => {
  const pool = new AnalysisPool({ size: 2 });
  let read = 0;
  let maxBusy = 0;
  async function* source() {
    for (const a of syntheticArticles(60, 3, 9)) {
      read++;
      yield a;
    }
  }
  try {
    let taken = 0;
    for await (const s of ordered(source(), (article) => {
      const p = pool.run({ kind: 'extract', article, origin: '-', notes: [], opts: {} });
      maxBusy = Math.max(maxBusy, pool.busy);
      return p;
    }, 5)) {
      taken++;
      assert.ok(read - taken <= 5, `read ${read}, taken ${taken}`);
      assert.ok(s.startsWith('{"id":"syn-9-'));
    }
    assert.equal(taken, 60);
    assert.ok(maxBusy <= 5, `at most 5 queued or running, saw ${maxBusy}`);
  } finally {
    await pool.close();
  }
});

test('close() waits for queued work; a closed pool answers with error results', async () => {
  const pool = new AnalysisPool({ size: 1 });
  const p = pool.run({ kind: 'extract', article: ARTICLES[0].article, origin: '-', notes: [], opts: {} });
  await pool.close();
  assert.ok(!('error' in JSON.parse(await p)));
  const late = JSON.parse(await pool.run({ kind: 'extract', article: ARTICLES[0].article, origin: '-', notes: [], opts: {} }));
  assert.equal(late.error.code, 'internal');
});

/** Nice values of this process's threads (Linux /proc), by thread id. */
function threadNice(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    out.set(tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return out;
}

test('nice: the worker threads (and only they) run at the pool\'s lower priority', { skip: process.platform === 'linux' ? false : 'needs Linux /proc' }, async () => {
  const before = new Set(threadNice().keys());
  const pool = new AnalysisPool({ size: 2, nice: 7 });
  try {
    // a task per worker: both have started (and set their priority) when both answered
    await Promise.all([0, 1].map((i) => pool.run({ kind: 'extract', article: { text: `Die Ministerin reiste am Montag nach Paris (${i}).` }, origin: `n${i}`, notes: [], opts: {} })));
    const now = threadNice();
    const niced = [...now].filter(([, n]) => n === 7);
    // the two workers, plus any thread a worker starts itself (tsx's loader thread when running the sources)
    assert.ok(niced.length >= 2, `threads: ${JSON.stringify([...now])}`);
    for (const [tid] of niced) assert.ok(!before.has(tid), 'a niced thread is a new (worker) thread');
    assert.equal(now.get(String(process.pid)), 0, 'the main thread keeps its priority');
  } finally {
    await pool.close();
  }
});
