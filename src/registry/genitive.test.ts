import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../doc/doc.js';
import { analyze } from '../pipeline/analyze.js';
import { genitiveEnding } from './genitive.js';
import { MemoryRegistry } from './memory.js';

/** The Doc of `text` after the actors stage, with `reg` as the registry. */
function docOf(text: string, reg: MemoryRegistry, lang: 'de' | 'en' = 'de'): Doc {
  let doc: Doc | null = null;
  analyze({ id: 't', text, lang, date: '2025-03-03' }, { registry: reg, onActors: (d) => { doc = d; } });
  assert.ok(doc, 'the actors stage ran');
  return doc;
}

test('genitiveEnding: the s of a name vs a genitive s', () => {
  const known = new MemoryRegistry();
  known.seed({ name: 'Jane Example', type: 'PER', country: 'USA', sector: 'GOV', role: 'foreign minister' }, 'test');
  // [text, the written name, registry, expected]
  const cases: [string, string, MemoryRegistry, boolean][] = [
    ['Laurent Fabius sagte am Montag, man sei bereit.', 'Laurent Fabius', new MemoryRegistry(), false],
    ['Der Minister Laurent Fabius traf den Kanzler. Fabius sagte, man sei bereit.', 'Laurent Fabius', new MemoryRegistry(), false],
    ['Pete Hegseths Sprecher sagte am Montag, man sei bereit.', 'Pete Hegseths', new MemoryRegistry(), true],
    ['Die Reise Pete Hegseths nach Asien. Hegseth sagte, man sei bereit.', 'Pete Hegseths', new MemoryRegistry(), true],
    ['Der Besuch Jane Examples endete am Montag.', 'Jane Examples', known, true],
    ["Jane Example's visit ended on Monday.", "Jane Example's", new MemoryRegistry(), true],
    ['Der Besuch von Jane Example endete am Montag.', 'Jane Example', new MemoryRegistry(), false],
  ];
  for (const [text, written, reg, want] of cases) {
    const doc = docOf(text, reg, /'s/.test(written) ? 'en' : 'de');
    const end = text.indexOf(written) + written.length;
    assert.equal(genitiveEnding(doc, written, end, reg), want, text);
  }
});

test('the actors stage keeps the s of "Laurent Fabius" and strips a genitive', () => {
  const cases: [string, string][] = [
    ['Der französische Außenminister Laurent Fabius sagte am Montag, man sei bereit.', 'Laurent Fabius'],
    ['Pete Hegseths Sprecher sagte am Montag, man sei bereit.', 'Pete Hegseth'],
  ];
  for (const [text, want] of cases) {
    const doc = docOf(text, new MemoryRegistry());
    assert.ok(doc.actors.some((a) => a.type === 'PER' && a.name === want), `${text}: ${doc.actors.map((a) => a.name).join(', ')}`);
  }
});
