/**
 * The events engine follows the pack's event grammar, not the language code: the German pack
 * re-registered with one trait switched off changes exactly what that trait does (sentences written
 * for this test). The original pack is registered again after each case.
 *
 * @example
 * node --import tsx --test src/events/event-grammar.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { de } from '../lang/de/pack.js';
import { en } from '../lang/en/pack.js';
import type { EventGrammar } from '../lang/event-grammar.js';
import { registerPack } from '../lang/packs.js';

function events(lang: 'de' | 'en', text: string): string[] {
  const r = analyze({ id: 't', text, lang, date: '2024-05-08' }) as Result;
  const name = (ids: string[]) => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? '?').join('+');
  return r.events.map((e) => `${e.type} ${name(e.source)}(${e.sourceCountry})>${name(e.target)}(${e.targetCountry})`);
}

/** Events of `text` with the pack's event grammar changed by `change`, then with the pack as built. */
function withTrait(lang: 'de' | 'en', change: Partial<EventGrammar>, text: string): { changed: string[]; built: string[] } {
  const pack = lang === 'de' ? de : en;
  try {
    registerPack({ ...pack, events: { ...pack.events, ...change } as EventGrammar });
    const changed = events(lang, text);
    registerPack(pack);
    return { changed, built: events(lang, text) };
  } finally {
    registerPack(pack);
  }
}

test('event grammar traits switch the rules they name', () => {
  const cases: [string, 'de' | 'en', Partial<EventGrammar>, string, string[], string[]][] = [
    // story context: the unnamed police and protesters take the home country; without it they have none
    ['storyContext', 'de', { storyContext: false }, 'Die Polizei nahm am Dienstag zwölf Demonstranten fest.',
      ['COERCE Polizei(null)>Demonstranten(null)'], ['COERCE Polizei(DEU)>Demonstranten(DEU)']],
    // morphology: "wies … aus" is found by lemma (separable verb ausweisen joined across the clause)
    ['morphology', 'de', { morphology: null }, 'Die Türkei wies am Montag den schwedischen Botschafter aus.',
      [], ['COERCE Türkei(TUR)>Schweden(SWE)']],
    // nominal events: the noun names its own actor (genitive) and target ("auf")
    ['nominalEvents', 'de', { nominalEvents: false }, 'Frankreich verurteilte den Angriff Russlands auf Georgien.',
      ['ACCUSE Frankreich(FRA)>Russische Föderation(RUS)'],
      ['ACCUSE Frankreich(FRA)>Russische Föderation(RUS)', 'ASSAULT Russische Föderation(RUS)>Georgien(GEO)']],
    // phrase participants: the English object phrase is the target
    ['phraseParticipants', 'en', { phraseParticipants: false }, 'Germany condemned the attack on Monday.',
      [], ['ACCUSE Germany(DEU)>(null)']],
  ];
  for (const [name, lang, change, text, off, on] of cases) {
    const got = withTrait(lang, change, text);
    assert.deepEqual(got.built, on, `${name} on: ${text}`);
    assert.deepEqual(got.changed, off, `${name} off: ${text}`);
  }
});
