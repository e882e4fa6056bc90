import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../contract/schema.js';
import { createDoc, type Doc, type MentionInfo } from '../doc/doc.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { internationalTitle, resolveActors, truncatedStem } from './resolve.js';

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
