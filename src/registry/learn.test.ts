import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../pipeline/doc.js';
import { analyze } from '../pipeline/analyze.js';
import { withRegistry } from './active.js';
import { learnedFacts } from './learn.js';
import { MemoryRegistry } from './memory.js';

/** The Doc of `text` as the actors stage left it, analysed with an empty registry. */
function docOf(text: string, reg = new MemoryRegistry()): Doc {
  let doc: Doc | null = null;
  withRegistry({ registry: reg, onActors: (d) => { doc = d; } }, () => analyze({ id: 't', text, lang: 'de', date: '2025-03-03' }));
  assert.ok(doc, 'the actors stage ran');
  return doc;
}

test('learned: full names with an apposition role; not: surname only, no role, already known', () => {
  const cases: [string, [string, string | null, string | null][]][] = [
    ['US-Außenministerin Jane Example traf am Montag den Kanzler.', [['Jane Example', 'USA', 'foreign minister']]],
    ['Example sagte am Montag, man sei zufrieden.', []],
    ['Jane Example traf am Montag den Kanzler.', []],
  ];
  for (const [text, want] of cases) {
    const doc = docOf(text);
    const got = learnedFacts(doc, new MemoryRegistry());
    assert.deepEqual(got.map((f) => [f.name, f.country, f.role]), want, text);
    for (const f of got) {
      assert.equal(f.articleId, 't');
      assert.ok(f.span);
      assert.equal(doc.text.slice(f.span.start, f.span.end), f.evidence);
    }
  }
  const known = new MemoryRegistry();
  known.seed({ name: 'Jane Example', type: 'PER', country: 'USA', sector: 'GOV', role: 'foreign minister' }, 'test');
  assert.deepEqual(learnedFacts(docOf('US-Außenministerin Jane Example traf am Montag den Kanzler.', known), known), []);
});

test('relational roles without a sector are not learned', () => {
  const doc = docOf('Ihr Vorgänger Max Example sagte am Montag, er sei zufrieden.');
  const ex = doc.actors.find((a) => a.name === 'Max Example');
  assert.ok(ex, 'Max Example is an actor');
  assert.ok(ex.role, 'fixture premise: "Vorgänger" is a role');
  assert.equal(ex.sector, null, 'fixture premise: "Vorgänger" gives no sector');
  assert.deepEqual(learnedFacts(doc, new MemoryRegistry()), []);
});
