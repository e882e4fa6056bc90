import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, DEDUP, minhash, sigFromBytes, sigToBytes, similarity } from './minhash.js';

const STORY =
  'Die Regierung in Wellingen kündigte am Montag neue Zölle auf Stahl aus dem Nachbarland Ostmark an. ' +
  'Der Handelsminister sagte vor Journalisten, man werde die Abgaben ab dem ersten Juli erheben. ' +
  'Ostmark reagierte mit scharfer Kritik und bestellte den Botschafter ein. ' +
  'Beobachter rechnen mit weiteren Gegenmaßnahmen in den kommenden Wochen.';
const OTHER =
  'Ein Unwetter hat in der Küstenstadt Nordhafen mehrere Straßen überflutet und den Bahnverkehr lahmgelegt. ' +
  'Die Feuerwehr war die ganze Nacht im Einsatz, verletzt wurde nach ersten Angaben niemand. ' +
  'Der Bürgermeister kündigte Hilfen für betroffene Geschäfte an.';

test('near-duplicate pairs are similar, unrelated ones are not', () => {
  const cases: [string, string, boolean][] = [
    [STORY, STORY.replace('Montag', 'Dienstag'), true],
    [STORY, `Wellingen (dpa) - ${STORY} Eine Stellungnahme der Kommission steht noch aus.`, true],
    [STORY, STORY.replace('scharfer Kritik', 'deutlicher Ablehnung').replace('Stahl', 'Aluminium'), true],
    [STORY, OTHER, false],
  ];
  for (const [a, b, dup] of cases) {
    const s = similarity(minhash(a)!, minhash(b)!);
    assert.equal(s >= DEDUP.threshold, dup, `similarity ${s} for ${b.slice(0, 40)}`);
  }
});

test('short texts get no signature; signatures survive storage', () => {
  assert.equal(minhash('Scholz traf Macron.'), null);
  const sig = minhash(STORY)!;
  assert.equal(sig.length, DEDUP.hashes);
  assert.deepEqual(sigFromBytes(sigToBytes(sig)), sig);
  assert.equal(bandKeys(sig).length, DEDUP.bands);
  assert.deepEqual(bandKeys(sig), bandKeys(minhash(STORY)!));
});
