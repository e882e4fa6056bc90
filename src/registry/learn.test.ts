import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../doc/doc.js';
import { analyze } from '../pipeline/analyze.js';
import { learnableRole, learnedFacts, truncatedName } from './learn.js';
import { MemoryRegistry } from './memory.js';

/** The Doc of `text` as the actors stage left it, analysed with an empty registry. */
function docOf(text: string, reg = new MemoryRegistry()): Doc {
  let doc: Doc | null = null;
  analyze({ id: 't', text, lang: 'de', date: '2025-03-03' }, { registry: reg, onActors: (d) => { doc = d; } });
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

test('what is learned: the full name as the article spells it, the article date; not truncated names', () => {
  const cases: [string, [string, string | null, string | null][]][] = [
    // NER truncation: "Alexander Van" out of "Alexander Van der Bellen" teaches nothing
    ['Österreichs Bundespräsident Alexander Van der Bellen sagte am Montag, man sei bereit.', []],
    // the "s" of "Fabius" is no genitive: not "Laurent Fabiu"
    ['Der französische Außenminister Laurent Fabius sagte am Montag, man sei bereit.', [['Laurent Fabius', 'FRA', 'foreign minister']]],
    ['Der französische Außenminister Laurent Fabius traf am Montag den Kanzler. Fabius sagte, man sei bereit.', [['Laurent Fabius', 'FRA', 'foreign minister']]],
    // a genitive before a noun is stripped
    ['Der frühere Außenminister Hans Example Genschers Nachfolger sagte nichts.', [['Hans Example Genscher', null, 'foreign minister']]],
    // roles that are no office teach nothing (lexicons/registry/learnable-roles.tsv)
    ['Der Experte Max Example sagte am Montag, er sei zufrieden.', []],
  ];
  for (const [text, want] of cases) {
    const doc = docOf(text);
    const got = learnedFacts(doc, new MemoryRegistry());
    assert.deepEqual(got.map((f) => [f.name, f.country, f.role]), want, text);
    for (const f of got) assert.equal(f.articleDate, '2025-03-03', 'the article date is when the fact was seen');
  }
  // a name the registry holds with its final "s" is never stripped
  const known = new MemoryRegistry();
  known.seed({ name: 'Jane Examples', type: 'PER' }, 'test');
  const doc = docOf('Die Außenministerin Jane Examples Reise begann am Montag.', known);
  assert.deepEqual(learnedFacts(doc, known).map((f) => f.name), ['Jane Examples']);
});

test('truncatedName: a mention the NER cut short', () => {
  const cases: [string, string, boolean][] = [
    ['Präsident Alexander Van der Bellen sagte', 'Alexander Van', true],
    ['Präsident Alexander Van der Bellen sagte', 'Alexander Van der Bellen', false],
    ['Crown Prince Mohammed bin Salman met', 'Mohammed bin', true],
    ['President Bashar al-Assad said', 'Bashar al', true],
    ['Präsidentin Ursula von der Leyen sagte', 'Ursula von der Leyen', false],
    ['Minister Jane Example sagte', 'Jane Example', false],
    ['Minister Jane Example de facto', 'Jane Example', false],
    ['Minister Jane Examples-Partei', 'Jane Examples', true],
  ];
  for (const [text, name, want] of cases) {
    const start = text.indexOf(name);
    assert.equal(truncatedName(text, { start, end: start + name.length, text: name }), want, `${name} in ${text}`);
  }
});

test('learnableRole: offices by their longest listed tail; relational and generic roles not', () => {
  const cases: [string | null, boolean][] = [
    ['foreign minister', true], ['deputy foreign minister', true], ['energy minister', true], ['president', true],
    ['secretary general', true], ['predecessor', false], ['colleague', false], ['expert', false], ['wife', false],
    ['some unheard-of role', false], [null, false],
  ];
  for (const [role, want] of cases) assert.equal(learnableRole(role), want, String(role));
});
