import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, toResult, type Doc } from '../../doc/doc.js';
import { createPipeline } from '../pipeline.js';
import { validateResult } from '../../contract/validate.js';
import { evaluateFile } from '../../eval/quotes.js';
import { sharedFile, SHARED_MISSING } from '../../testing/shared.js';

const pipeline = createPipeline(['header', 'segment', 'mentions', 'actors', 'quotes']);

function run(text: string, lang: 'de' | 'en'): Doc {
  const doc = createDoc({ id: 't', text, lang, date: '2025-09-25' });
  pipeline.run(doc);
  return doc;
}

/** What a test expects of one quote: words of its content, type, speaker text (null: none). */
interface Want { has: string; type: string; speaker: string | null; cue?: string; actor?: string }

// [language, text written for this test, expected quotes in order]
const CASES: [string, 'de' | 'en', string, Want[]][] = [
  ['direct, cue after', 'de', '„Wir werden nicht nachgeben“, sagte die Ministerin am Montag in Berlin.',
    [{ has: 'Wir werden nicht nachgeben', type: 'direct', speaker: 'die Ministerin', cue: 'sagte' }]],
  ['direct, guillemets, cue before', 'de', 'Der Bürgermeister Hans Gruber erklärte: »Die Brücke wird im Mai fertig.«',
    [{ has: 'Die Brücke wird im Mai fertig', type: 'direct', speaker: 'Hans Gruber', cue: 'erklärte', actor: 'Hans Gruber' }]],
  ['nested quote stays inside', 'de', '„Das nennen wir ‚Fortschritt‘ und stehen dazu“, sagte Anna Schulze.',
    [{ has: 'Das nennen wir ‚Fortschritt‘ und stehen dazu', type: 'direct', speaker: 'Anna Schulze' }]],
  ['indirect, dass', 'de', 'Der Minister sagte, dass die Gespräche bald beginnen.',
    [{ has: 'dass die Gespräche bald beginnen', type: 'indirect', speaker: 'Der Minister' }]],
  ['indirect, Konjunktiv, separable cue', 'de', 'Die Lage sei ernst, stellte die Sprecherin der Stadt fest.',
    [{ has: 'Die Lage sei ernst', type: 'indirect', speaker: 'die Sprecherin der Stadt', cue: 'stellte … fest' }]],
  ['Konjunktiv continuation', 'de', 'Die Lage sei ernst, sagte Otto Brenner. Man werde aber alles tun, um zu helfen.',
    [{ has: 'Die Lage sei ernst', type: 'indirect', speaker: 'Otto Brenner' },
      { has: 'Man werde aber alles tun', type: 'free-indirect', speaker: 'Otto Brenner' }]],
  ['mixed quote with its verbatim fragment', 'de', 'Der Trainer sagte, das Spiel sei »eine Katastrophe« gewesen.',
    [{ has: 'das Spiel sei »eine Katastrophe« gewesen', type: 'mixed', speaker: 'Der Trainer' },
      { has: 'eine Katastrophe', type: 'direct', speaker: 'Der Trainer' }]],
  ['laut: source phrase', 'de', 'Laut dem Innenministerium gab es keine Verletzten.',
    [{ has: 'gab es keine Verletzten', type: 'indirect', speaker: 'dem Innenministerium' }]],
  ['zufolge', 'de', 'Dem Bericht zufolge stiegen die Preise um drei Prozent.',
    [{ has: 'stiegen die Preise um drei Prozent', type: 'indirect', speaker: 'Dem Bericht' }]],
  ['so-attribution', 'de', 'Die Verhandlungen seien gescheitert, so der Sprecher.',
    [{ has: 'Die Verhandlungen seien gescheitert', type: 'indirect', speaker: 'der Sprecher' }]],
  ['reported speech act', 'de', 'Die Opposition forderte die Regierung auf, den Plan zurückzuziehen.',
    [{ has: 'den Plan zurückzuziehen', type: 'reported', speaker: 'Die Opposition', cue: 'forderte … auf' }]],
  ['no cue, no quote', 'de', 'Die Brücke wurde im Mai eröffnet. Viele Menschen kamen.', []],
  ['first person "ich habe" is no Konjunktiv', 'de', 'Die Brücke wurde im Mai eröffnet. Ich habe die Feier gern besucht.', []],
  ['"nach seiner Meinung"', 'de', 'Nach seiner Meinung steigen die Mieten weiter.',
    [{ has: 'steigen die Mieten weiter', type: 'indirect', speaker: 'seiner Meinung' }]],
  ['separable speech verb without content clause is reported', 'de', 'Der Verband gab am Montag die neuen Zahlen bekannt.',
    [{ has: 'die neuen Zahlen', type: 'reported', speaker: 'Der Verband', cue: 'gab … bekannt' }]],
  ['speech verb with "mit" is reported', 'de', 'Die Stadt begründete die Erhöhung mit den höheren Kosten.',
    [{ has: 'die Erhöhung mit den höheren Kosten', type: 'reported', speaker: 'Die Stadt', cue: 'begründete' }]],
  ['"soll" main clause after a quote continues it', 'de', 'Die Ministerin kündigte einen neuen Plan an. Die Schulen sollen mehr Geld erhalten.',
    [{ has: 'einen neuen Plan', type: 'reported', speaker: 'Die Ministerin' },
      { has: 'Die Schulen sollen mehr Geld erhalten', type: 'free-indirect', speaker: 'Die Ministerin' }]],
  ['"soll" only in a subordinate clause is no quote', 'de', 'Die Ministerin kündigte einen neuen Plan an. Die Lehrer warten, bis die Schulen mehr Geld erhalten sollen.',
    [{ has: 'einen neuen Plan', type: 'reported', speaker: 'Die Ministerin' }]],
  ['Konjunktiv II after a reported act continues it', 'de', 'Der Sprecher wies die Kritik zurück. Ohne die Reform wären die Kosten höher.',
    [{ has: 'die Kritik', type: 'reported', speaker: 'Der Sprecher' },
      { has: 'Ohne die Reform wären die Kosten höher', type: 'free-indirect', speaker: 'Der Sprecher' }]],
  ['a quoted one-word name inside a mixed quote is no direct quote of its own', 'de', 'Der Trainer sagte, der Verein »Sportfreunde« sei pleite.',
    [{ has: 'der Verein »Sportfreunde« sei pleite', type: 'mixed', speaker: 'Der Trainer' }]],
  ['subject before a relative clause speaks', 'de', 'Hans Muster, der seit Jahren im Rat sitzt, wies den Vorwurf zurück.',
    [{ has: 'den Vorwurf', type: 'reported', speaker: 'Hans Muster' }]],
  ['impersonal passive "es wird angenommen"', 'de', 'Es wird angenommen, dass die Preise weiter steigen.',
    [{ has: 'dass die Preise weiter steigen', type: 'indirect', speaker: null, cue: 'wird angenommen' }]],
  ['a one-word quoted label of a naming verb is a direct quote', 'de', 'Der Minister nannte den Plan einen »Fehlschlag«.',
    [{ has: 'nannte den Plan', type: 'reported', speaker: 'Der Minister' },
      { has: 'Fehlschlag', type: 'direct', speaker: 'Der Minister' }]],
  ['split particle before a clause-final verb ("bekannt gab")', 'de', 'Wie die Firma am Morgen bekannt gab, wird sie den Konkurrenten übernehmen.',
    [{ has: 'wird sie den Konkurrenten übernehmen', type: 'indirect', speaker: 'die Firma', cue: 'bekannt gab' }]],
  ['present "fordern" without content clause is reported', 'de', 'Mehrere Verbände fordern eine neue Regelung der Mieten.',
    [{ has: 'fordern eine neue Regelung', type: 'reported', speaker: 'Mehrere Verbände' }]],
  ['English direct, cue after', 'en', '"We will not give up," the mayor said on Monday.',
    [{ has: 'We will not give up', type: 'direct', speaker: 'the mayor', cue: 'said' }]],
  ['English that-clause with addressee', 'en', 'The minister told reporters that the talks would resume soon.',
    [{ has: 'the talks would resume soon', type: 'indirect', speaker: 'The minister' }]],
  ['according to', 'en', 'Prices rose by three percent, according to the statistics office.',
    [{ has: 'Prices rose by three percent', type: 'indirect', speaker: 'the statistics office' }]],
  ['English bare complement', 'en', 'Jane Morrison said she would run again next year.',
    [{ has: 'she would run again next year', type: 'indirect', speaker: 'Jane Morrison', actor: 'Jane Morrison' }]],
];

test('quotes: content, type, cue and speaker (table)', () => {
  for (const [name, lang, text, want] of CASES) {
    const doc = run(text, lang);
    const got = doc.quotes;
    assert.equal(got.length, want.length, `${name}: ${JSON.stringify(got.map((q) => q.text))}`);
    want.forEach((w, i) => {
      const q = got[i];
      assert.ok(q.text.includes(w.has), `${name}: text "${q.text}" lacks "${w.has}"`);
      assert.equal(q.type, w.type, `${name}: type`);
      assert.equal(q.speaker?.text ?? null, w.speaker, `${name}: speaker`);
      if (w.cue) assert.equal(q.cue?.text, w.cue, `${name}: cue`);
      if (w.actor) assert.equal(doc.actors.find((a) => a.id === q.speakerActor)?.name, w.actor, `${name}: actor`);
      for (const s of q.spans) assert.ok(s.end > s.start && s.end <= text.length, `${name}: span`);
    });
    assert.deepEqual(validateResult(toResult(doc)), [], name);
  }
});

test('relayed statements keep the relaying source as via; addressees are kept', () => {
  const de = run('Nach Angaben eines Sprechers stellte die Ministerin klar, dass keine Steuern steigen.', 'de');
  assert.equal(de.quotes.length, 1);
  assert.equal(de.quotes[0].speaker?.text, 'die Ministerin');
  assert.equal(de.quotes[0].via?.text, 'Nach Angaben eines Sprechers');
  const en = run('The minister told reporters that the talks would resume soon.', 'en');
  assert.equal(en.quotes[0].addressee?.text, 'reporters');
});

test('pronoun speakers resolve to the person quoted before', () => {
  const doc = run('„Wir bleiben“, sagte Maria Kessler. Sie sagte außerdem, man plane keine Kürzungen.', 'de');
  assert.equal(doc.quotes.length, 2);
  assert.equal(doc.quotes[1].speaker?.text, 'Sie');
  assert.equal(doc.quotes[1].speakerActor, doc.quotes[0].speakerActor);
  assert.ok(doc.quotes[0].speakerActor);
});

test('header sentences never give quotes', () => {
  const doc = run('date 2025-09-25 Foto: Max Muster „Wir kommen wieder“, sagte er. Caption\n\nDer Text beginnt hier.', 'de');
  const bodyStart = doc.bodyStart;
  for (const q of doc.quotes) assert.ok(q.spans[0].start >= bodyStart, JSON.stringify(q));
});

const seed = sharedFile('seed/gold.json');
test('seed: the 11 required quotes matched, each with the right speaker actor', { skip: seed ? false : SHARED_MISSING }, () => {
  const { score } = evaluateFile(seed as string);
  assert.equal(score.gold, 11);
  assert.equal(score.matched, 11);
  assert.equal(score.speakerRight, score.speakerGold);
});
