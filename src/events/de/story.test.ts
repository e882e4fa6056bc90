/**
 * The story's country from places the recogniser did not name, whose verdicts are kept per
 * morphology and language across documents.
 *
 * @example
 * node --import tsx --test src/events/de/story.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { de } from '../../lang/de/pack.js';
import { registerPack } from '../../lang/packs.js';
import type { EventGrammar, EventMorphology } from '../../lang/event-grammar.js';
import { storyCountry, textCountry } from './story.js';

const upToActors = createPipeline(['header', 'segment', 'measures', 'mentions', 'actors']);

function country(text: string): string | null {
  const doc = createDoc({ id: 't', text, lang: 'de', date: '2024-05-08' });
  upToActors.run(doc);
  return textCountry(doc) ?? (storyCountry(doc), null);
}

test('a place after a preposition that the morphology does not know names the story country, in every document', () => {
  const text = 'Ein Feuer brach am Montag in Iserlohn aus. Die Feuerwehr war mit zwanzig Wagen vor Ort.';
  const first = country(text);
  assert.equal(first, 'DEU');
  // the second time from the kept verdict: the same answer
  assert.equal(country(text), first);
  // a noun after the preposition is no place
  assert.equal(country('Ein Feuer brach am Montag in Zukunft aus. Die Feuerwehr war mit zwanzig Wagen vor Ort.'), null);
});

test('the kept verdicts belong to one morphology: another one (every word a reading) is asked itself', () => {
  const text = 'Ein Feuer brach am Montag in Iserlohn aus. Die Feuerwehr war mit zwanzig Wagen vor Ort.';
  assert.equal(country(text), 'DEU');
  const built = de.events!.morphology!;
  // (without firstLemmaIn, which must answer as analyse does: the lemma triggers then walk this analyse too)
  const { firstLemmaIn: _built, ...rest } = built;
  void _built;
  const knowsAll: EventMorphology = { ...rest, analyse: (form) => [{ lemma: form, pos: 'NOUN' }] };
  try {
    registerPack({ ...de, events: { ...de.events, morphology: knowsAll } as EventGrammar });
    assert.equal(country(text), null);
  } finally {
    registerPack(de);
  }
  assert.equal(country(text), 'DEU');
});

test('a lead naming a city and its state counts the state once: the home parties outweigh one visited place', () => {
  const cases: [string, string][] = [
    // [text, story country]
    ['Verteidigungsminister Boris Pistorius besuchte am Montag Soldaten in Kabul in Afghanistan. Die SPD lobte die Reise. Die CDU und die FDP kritisierten sie. Auch die CSU äußerte sich.', 'DEU'],
    ['Verteidigungsminister Boris Pistorius besuchte am Montag Soldaten in Bamako in Mali. Die SPD lobte die Reise. Die CDU und die FDP kritisierten sie. Auch die CSU äußerte sich.', 'DEU'],
    // places in different sentences still add up
    ['Am Montag kam es in Afghanistan zu Kämpfen. In Kabul schlossen die Geschäfte. Die SPD äußerte sich besorgt.', 'AFG'],
  ];
  for (const [text, want] of cases) assert.equal(country(text), want, text);
});
