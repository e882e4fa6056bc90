import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../contract/schema.js';
import { createDoc, type Doc, type MentionInfo } from '../doc/doc.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { internationalTitle, resolveActors, townAdjectiveCountry, truncatedStem } from './resolve.js';

/** A hand-built document: segmented text plus mentions at the n-th occurrence of each surface string. */
function handDoc(text: string, mentions: [string, EntityType, MentionInfo?][], lang: 'de' | 'en' = 'de'): Doc {
  const doc = createDoc({ id: 't', text, lang, date: '2025-09-25' });
  createPipeline(['segment']).run(doc);
  let from = 0;
  mentions.forEach(([surface, type, info], i) => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, `fixture: ${surface} not found`);
    from = start + surface.length;
    doc.mentions.push({ id: `m${i + 1}`, start, end: start + surface.length, text: surface, type, actor: null });
    if (info) doc.mentionInfo.set(`m${i + 1}`, info);
  });
  resolveActors(doc);
  return doc;
}

const actorOf = (doc: Doc, surface: string) => {
  const m = doc.mentions.find((x) => x.text === surface);
  return doc.actors.find((a) => a.id === m?.actor);
};

test('a full name, the surname and its genitive are one person', () => {
  const doc = handDoc('Die Ministerin Anna Kowalczyk reiste ab. Kowalczyk sagte nichts. Kowalczyks Sprecher schwieg.', [
    ['Anna Kowalczyk', 'PER', { role: 'minister', country: 'POL' }], ['Kowalczyk', 'PER'], ['Kowalczyks', 'PER'],
  ]);
  assert.equal(doc.actors.length, 1);
  assert.deepEqual(doc.actors[0].mentions, ['m1', 'm2', 'm3']);
  assert.equal(doc.actors[0].name, 'Anna Kowalczyk');
  assert.equal(doc.actors[0].country, 'POL');
  assert.equal(doc.actors[0].role, 'minister');
  assert.equal(doc.actors[0].sector, 'GOV');
});

test('names and demonyms of one state are one GPE actor', () => {
  const doc = handDoc('Die USA und die Vereinigten Staaten sind dasselbe, sagen die Amerikaner. Die Volksrepublik und China auch.', [
    ['USA', 'GPE'], ['Vereinigten Staaten', 'GPE'], ['Amerikaner', 'MISC', { kind: 'demonym', country: 'USA' }],
    ['Volksrepublik', 'GPE'], ['China', 'GPE'],
  ]);
  const usa = actorOf(doc, 'USA');
  assert.equal(usa?.type, 'GPE');
  assert.equal(usa?.country, 'USA');
  assert.deepEqual(usa?.mentions, ['m1', 'm2', 'm3']);
  assert.deepEqual(actorOf(doc, 'China')?.mentions, ['m4', 'm5']);
});

test('a counterpart takes the role of the person it is the counterpart of', () => {
  const doc = handDoc('Der Handelsminister Tom Reed telefonierte mit seinem japanischen Amtskollegen Kenji Mori.', [
    ['Tom Reed', 'PER', { role: 'trade minister', country: 'USA' }], ['Kenji Mori', 'PER', { role: 'counterpart', country: 'JPN' }],
  ]);
  const mori = actorOf(doc, 'Kenji Mori');
  assert.equal(mori?.role, 'trade minister');
  assert.equal(mori?.country, 'JPN');
  assert.equal(mori?.sector, 'GOV');
});

test('a capital used for its government is that state GOV; companies carry their home country', () => {
  const doc = handDoc('Die Regierung in Peking verbot es. Nvidia und Huawei schwiegen.', [
    ['Peking', 'GPE'], ['Nvidia', 'ORG'], ['Huawei', 'ORG'],
  ]);
  const cap = actorOf(doc, 'Peking');
  assert.deepEqual([cap?.name, cap?.country, cap?.sector], ['Beijing', 'CHN', 'GOV']);
  const cases: [string, string, string][] = [['Nvidia', 'USA', 'BUS'], ['Huawei', 'CHN', 'BUS']];
  for (const [n, c, s] of cases) {
    const a = actorOf(doc, n);
    assert.deepEqual([a?.country, a?.sector, a?.type], [c, s, 'ORG'], n);
  }
});

test('persons the registry knows get its facts; a person prefix fills the country', () => {
  const doc = handDoc('Der Minister Pistorius kam. Später sprach US-Senator Jim Holt.', [
    ['Pistorius', 'PER'], ['Jim Holt', 'PER'],
  ]);
  const p = actorOf(doc, 'Pistorius');
  assert.deepEqual([p?.name, p?.country, p?.sector], ['Boris Pistorius', 'DEU', 'MIL']);
  assert.equal(actorOf(doc, 'Jim Holt')?.country, 'USA');
});

test('truncated compounds: the first part of "NATO- und …" is the stem', () => {
  const cases: [string, string | null][] = [['NATO-', 'NATO'], ['US-', 'US'], ['EU-Kommission', null], ['Merz', null], ['-', null]];
  for (const [w, want] of cases) assert.equal(truncatedStem(w), want, w);
});

test('international titles: the organisation or a compound on it before a person', () => {
  const cases: [string, boolean][] = [
    ['Jugoslawien-Tribunals,', true], ['ICTY-Chefankläger', true], ['UNHCR-Sprecherin', true], ['Amnesty', true],
    ['US-Präsident', false], ['Jugoslawien-Reise', false], ['Präsident', false],
  ];
  for (const [w, want] of cases) assert.equal(internationalTitle(w), want, w);
});

test('an official of an international organisation named in an inflected or bracketed title is IGO', () => {
  const pipeline = createPipeline();
  const cases: [string, string, string | null, string | null][] = [
    // [text, person, country, sector]
    ['In Mali setzten Soldaten den Präsidenten ab. Der Vorsitzende der Afrikanischen Union, Omar Beispiel, verurteilte den Putsch.', 'Omar Beispiel', null, 'IGO'],
    ['In Mali setzten Soldaten den Präsidenten ab. Der Sondergesandte der Afrikanischen Union (AU), Omar Beispiel, verurteilte den Putsch.', 'Omar Beispiel', null, 'IGO'],
    // a first given name the recogniser leaves outside the name ("Bola")
    ['In Mali setzten Soldaten den Präsidenten ab. Der Sondergesandte der Afrikanischen Union, Bola Omar Diallo, verurteilte den Putsch.', 'Omar Diallo', null, 'IGO'],
    ['In Mali setzten Soldaten den Präsidenten ab. Die Sprecherin der Afrikanischen Union, Amina Beispiel, verurteilte den Putsch.', 'Amina Beispiel', null, 'IGO'],
  ];
  for (const [text, person, country, sector] of cases) {
    const doc = createDoc({ id: 't', text, lang: 'de', date: '2025-09-25' });
    pipeline.run(doc);
    const a = doc.actors.find((x) => x.name === person);
    assert.ok(a, `${person} in: ${text}`);
    assert.equal(a.country, country, text);
    assert.equal(a.sector, sector, text);
    assert.equal(doc.actors.find((x) => x.name.startsWith('Afrikanische'))?.name, 'Afrikanische Union', text);
  }
});

test('a name opening with a town adjective in "-er" takes the town\'s country', () => {
  const pipeline = createPipeline();
  const cases: [string, string, string | null][] = [
    // [text, actor, country]
    ['Die Bochumer Polizei nahm am Montag zwei Männer fest.', 'Bochumer Polizei', 'DEU'],
    ['Die Wiener Staatsanwaltschaft erhob Anklage gegen den Minister.', 'Wiener Staatsanwaltschaft', 'AUT'],
    ['Vor dem Kieler Landtag protestierten Hunderte Bauern.', 'Kieler Landtag', 'DEU'],
  ];
  for (const [text, name, country] of cases) {
    const doc = createDoc({ id: 't', text, lang: 'de', date: '2025-09-25' });
    pipeline.run(doc);
    assert.equal(doc.actors.find((x) => x.name === name)?.country, country, text);
  }
  // no town: an adjective or word that the gazetteer does not place
  for (const [text, want] of [['Bochumer Polizei', 'DEU'], ['Bremer Senat', 'DEU'], ['Neuer Markt', null], ['Oberer Rat', null], ['Duisburger', null]] as const) {
    assert.equal(townAdjectiveCountry(text, 'de'), want, text);
  }
  assert.equal(townAdjectiveCountry('Bochumer Polizei', 'en'), null);
});

test('a title compounded with an international organisation\'s prefix makes its holder an international official', () => {
  const pipeline = createPipeline();
  const lead = 'In Niger setzten Soldaten am Montag den Präsidenten ab. ';
  const cases: [string, string][] = [
    // [sentence, person]: each IGO, no country
    ['Der UN-Sondergesandte für Westafrika, Leonardo Beispiel, kritisierte die Soldaten.', 'Leonardo Beispiel'],
    ['Die UN-Gesandte Maria Beispiel kritisierte die Soldaten.', 'Maria Beispiel'],
    ['Die Sprecherin des UN-Menschenrechtsbüros, Anna Beispiel, kritisierte die Soldaten.', 'Anna Beispiel'],
    ['Der AU-Kommissionspräsident Moussa Mahamat kritisierte die Soldaten.', 'Moussa Mahamat'],
    ['OSZE-Beobachter Hans Beispiel kritisierte die Soldaten.', 'Hans Beispiel'],
  ];
  for (const [sentence, person] of cases) {
    const doc = createDoc({ id: 't', text: lead + sentence, lang: 'de', date: '2025-09-25' });
    pipeline.run(doc);
    const a = doc.actors.find((x) => x.name === person);
    assert.ok(a, `${person} in: ${sentence}`);
    assert.equal(a.sector, 'IGO', sentence);
    assert.equal(a.country, null, sentence);
    // the event's source is the organisation's official: no country (IGO), not the story's Niger
    assert.deepEqual(doc.events.map((e) => e.sourceCountry), [null], sentence);
  }
});

test('a two-letter state code is no name of a town ("AU" is not Norfolk Island)', () => {
  const pipeline = createPipeline();
  const doc = createDoc({ id: 't', text: 'Die Afrikanische Union (AU) tagte in Addis Abeba. Die AU verurteilte den Putsch.', lang: 'de', date: '2025-09-25' });
  pipeline.run(doc);
  assert.deepEqual(doc.actors.filter((a) => a.country === 'NFK').map((a) => a.name), []);
});

test('the remit of an office ("für Menschenrechte") may stand between the title\'s organisation and the name', () => {
  const pipeline = createPipeline();
  const lead = 'In Syrien griffen Truppen am Montag Rebellen an. ';
  const cases: [string, string, string | null, string | null][] = [
    // [sentence, person, country, sector]
    ['Der Sondergesandte der Vereinten Nationen für Syrien, Geir Pedersen, kritisierte die Truppen.', 'Geir Pedersen', null, 'IGO'],
    ['Der Hohe Kommissar der Vereinten Nationen für Menschenrechte, Volker Türk, kritisierte die Truppen.', 'Volker Türk', null, 'IGO'],
    ['Die Beauftragte der Bundesregierung für Menschenrechte, Anna Beispiel, kritisierte die Truppen.', 'Anna Beispiel', 'DEU', 'GOV'],
  ];
  for (const [sentence, person, country, sector] of cases) {
    const doc = createDoc({ id: 't', text: lead + sentence, lang: 'de', date: '2025-09-25' });
    pipeline.run(doc);
    const a = doc.actors.find((x) => x.name === person);
    assert.ok(a, `${person} in: ${sentence}`);
    assert.equal(a.country, country, sentence);
    assert.equal(a.sector, sector, sentence);
  }
});

test('a federal title before a name is of the home country unless a state is named before it', () => {
  const pipeline = createPipeline();
  const cases: [string, string, string | null][] = [
    // [text, person, country]
    ['Bundesinnenministerin Nancy Beispiel reiste am Montag nach Peru.', 'Nancy Beispiel', 'DEU'],
    ['Der Bundesfinanzminister Jörg Beispiel reiste am Montag nach Kenia.', 'Jörg Beispiel', 'DEU'],
    ['Der österreichische Bundeskanzler Karl Beispiel reiste am Montag nach Peru.', 'Karl Beispiel', 'AUT'],
  ];
  for (const [text, person, country] of cases) {
    const doc = createDoc({ id: 't', text, lang: 'de', date: '2025-09-25' });
    pipeline.run(doc);
    const a = doc.actors.find((x) => x.name === person);
    assert.ok(a, `${person} in: ${text}`);
    assert.equal(a.country, country, text);
  }
});
