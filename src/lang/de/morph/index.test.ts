/**
 * Table tests of the German morphology layer, in our own words: readings of inflected forms,
 * separable verbs, the compound-head fallback, closed-class words, agreement masks.
 *
 * @example
 * node --import tsx --test src/lang/de/morph/index.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyse, describe as show, separableLemma, nounHeadStart, formFeatures, lemmas, firstLemmaIn,
  POS_MASK, POS_NOUN, POS_VERB, CGN_MASK, caseMask, CASE_AKK, CASE_DAT,
  wordClass, isFinite3s, isAdverb, isParticiple, isNounPhraseWord, canBeSubject, canBeObject, WORD_NOUN_ONLY, WORD_KNOWN_CAPITALISED, WORD_COMPOUND,
} from './index.js';

/** [form, a reading that must be among the form's readings (compact string, see describe)] */
const READINGS: [string, string][] = [
  ['Regierung', 'Regierung NOUN nom.f gen.f dat.f akk.f'],
  ['Regierungen', 'Regierung NOUN nom.p gen.p dat.p akk.p'],
  ['Angriffs', 'Angriff NOUN gen.m'],
  ['Festnahmen', 'Festnahme NOUN nom.p gen.p dat.p akk.p'],
  ['Demonstranten', 'Demonstrant NOUN nom.p gen.m gen.p dat.m dat.p akk.m akk.p'],
  ['kritisierte', 'kritisieren VERB past.1s past.3s konj2.1s konj2.3s'],
  ['kritisiert', 'kritisieren VERB pres.3s pres.2p part2 imp'],
  ['verurteilt', 'verurteilen VERB pres.3s pres.2p part2 imp'],
  ['griff', 'angreifen VERB past.1s past.3s +an'],
  ['griff', 'greifen VERB past.1s past.3s'],
  ['angriff', 'angreifen VERB past.1s past.3s'],
  ['ließ', 'freilassen VERB past.1s past.3s +frei'],
  ['freigelassen', 'freilassen VERB part2'],
  ['habe', 'haben VERB pres.1s konj1.1s konj1.3s imp'],
  ['hätten', 'haben VERB konj2.1p konj2.3p'],
  ['sei', 'sein VERB konj1.1s konj1.3s imp'],
  ['festzunehmen', 'festnehmen VERB zuinf'],
  ['großen', 'groß ADJ nom.p gen.m gen.f gen.n gen.p dat.m dat.f dat.n dat.p akk.m akk.p'],
  ['groß', 'groß ADJ pred'],
  ['den', 'der ART dat.p akk.m'],
  ['des', 'der ART gen.m gen.n'],
  ['einem', 'ein ART dat.m dat.n'],
  ['ihrer', 'ihr DET gen.f gen.p dat.f'],
  ['ihn', 'er PRON akk.m'],
  ['denen', 'der PRON dat.p'],
  ['darin', 'darin ADV'],
  ['wegen', 'wegen ADV function'],
  // compound fallback: the lexicon lacks these, the head gives the readings
  ['Gipfeltreffen', 'Gipfeltreffen NOUN nom.n nom.p dat.n dat.p akk.n akk.p <Treffen'],
  ['Exportverbot', 'Exportverbot NOUN nom.n akk.n <Verbot'],
  ['Bundesregierung', 'Bundesregierung NOUN nom.f gen.f dat.f akk.f <Regierung'],
  ['Sicherheitsrat', 'Sicherheitsrat NOUN nom.m akk.m <Rat'],
  ['Menschenrechtsgruppe', 'Menschenrechtsgruppe NOUN nom.f gen.f dat.f akk.f <Gruppe'],
  ['EU-Staaten', 'EU-Staat NOUN nom.p gen.p dat.p akk.p <Staat'],
  ['Großdemonstration', 'Großdemonstration NOUN nom.f gen.f dat.f akk.f <Demonstration'],
  // a capitalised verb at the start of a sentence is read lower-case when it has no reading of its own
  ['Lehnte', 'ablehnen VERB past.1s past.3s konj2.1s konj2.3s +ab'],
];

test('readings of inflected forms, separable verbs, compounds and closed-class words', () => {
  for (const [form, expected] of READINGS) {
    const got = analyse(form).map(show);
    assert.ok(got.includes(expected), `${form}: expected «${expected}» among ${JSON.stringify(got.slice(0, 6))}`);
  }
});

test('a capitalised form at a sentence start also has its lower-case readings', () => {
  assert.deepEqual(analyse('Kritisierte').map(show), ['Kritisierte NOUN nom.n']);
  assert.ok(analyse('Kritisierte', true).map(show).includes('kritisieren VERB past.1s past.3s konj2.1s konj2.3s'));
});

/** [form, lemmas expected to be absent] — the fallbacks must not invent readings */
const NOT: [string, string][] = [
  ['Bundesamt', 'Bundesamt NOUN nom.m dat.m akk.m <Samt'], // "Bunde" + "samt": "Bunde" is no base form
  ['griff', 'greifen VERB past.1s past.3s +an'],
  ['angriff', 'angreifen VERB past.1s past.3s +an'],
];

test('the fallbacks do not invent readings', () => {
  for (const [form, wrong] of NOT) assert.ok(!analyse(form).map(show).includes(wrong), `${form}: ${wrong}`);
});

/** [form, expected: no readings at all] — names the lexicon does not hold and that split into no compound */
test('names that are no words get no reading', () => {
  for (const name of ['Steinmeier', 'Merkel', 'Scholz', 'Schäuble', 'Kiew']) assert.deepEqual(analyse(name), [], name);
});

/** [stem, particle, lemma | undefined] */
const SEPARABLE: [string, string, string | undefined][] = [
  ['griff', 'an', 'angreifen'],
  ['ließ', 'frei', 'freilassen'],
  ['ließen', 'frei', 'freilassen'],
  ['nahm', 'fest', 'festnehmen'],
  ['nahmen', 'fest', 'festnehmen'],
  ['setzt', 'ein', 'einsetzen'],
  ['Kündigte', 'an', 'ankündigen'],
  ['lehnte', 'ab', 'ablehnen'],
  ['griff', 'frei', undefined],
  ['sagte', 'an', 'ansagen'],
  ['Regierung', 'an', undefined],
];

test('separable verbs: the main-clause stem and the particle at the end give the lemma', () => {
  for (const [stem, particle, lemma] of SEPARABLE) assert.equal(separableLemma(stem, particle), lemma, `${stem} … ${particle}`);
});

test('compound split points', () => {
  const cases: [string, number][] = [['Bundesregierung', 6], ['Gipfeltreffen', 6], ['Regierung', -1], ['Merkel', -1], ['klein', -1]];
  for (const [form, start] of cases) assert.equal(nounHeadStart(form), start, form);
});

test('agreement: article, adjective and noun masks intersect in the readings they share', () => {
  const f = (w: string) => formFeatures(w) & CGN_MASK;
  const np = f('den') & f('großen') & f('Demonstranten');
  assert.ok(np & caseMask(CASE_AKK), 'den großen Demonstranten: accusative singular');
  assert.ok(np & caseMask(CASE_DAT), 'den großen Demonstranten: dative plural');
  assert.equal(f('der') & f('großes') & f('Regierung'), 0, 'der großes Regierung agrees in nothing');
  assert.equal(formFeatures('Regierung') & POS_MASK, POS_NOUN);
  assert.equal(formFeatures('verurteilte') & POS_MASK & POS_VERB, POS_VERB);
  assert.equal(formFeatures('Unbekanntwort'), 0);
  assert.deepEqual(lemmas('Behörden'), ['Behörde']);
});

test('word classes for name evidence: nouns only, unknown, compounds, finite verbs, adverbs', () => {
  const cases: [string, number][] = [
    ['regierung', WORD_NOUN_ONLY | WORD_KNOWN_CAPITALISED], ['pofalla', 0], ['exportverbot', WORD_COMPOUND],
  ];
  for (const [w, flags] of cases) assert.equal(wordClass(w), flags, w);
  assert.equal(isFinite3s('bestätigte'), true);
  assert.equal(isFinite3s('bestätigten'), false);
  assert.equal(isAdverb('aber'), true);
  assert.equal(isAdverb('wegen'), false);
  assert.equal(isParticiple('ersetzt'), true);
  assert.equal(isNounPhraseWord('heimischen'), true);
  assert.equal(isNounPhraseWord('schnell'), false);
});

test('noun phrases by case and number: subject of a finite verb, object', () => {
  const rows: [string[], string | null, boolean, boolean][] = [
    // words, finite verb, can be subject, can be object
    [['den', 'Minister'], 'kritisierte', false, true],
    [['die', 'Opposition'], 'kritisierte', true, true],
    [['der', 'Präsident'], 'sagte', true, false],
    [['dem', 'Präsidenten'], null, false, true],
    [['Demonstranten'], 'nahm', false, true],
    [['die', 'Demonstranten'], 'kritisierten', true, true],
  ];
  for (const [words, verb, subj, obj] of rows) {
    assert.equal(canBeSubject(words, verb), subj, `${words.join(' ')} subject of ${verb}`);
    assert.equal(canBeObject(words), obj, `${words.join(' ')} object`);
  }
});

test('the compound split of the lower-case word (names stage) and of the word as written (events stage) agree', () => {
  assert.equal(wordClass('außenministertreffen'), WORD_COMPOUND);
  assert.equal(nounHeadStart('Außenministertreffen'), 13);
  assert.equal(nounHeadStart('Raketenangriffe'), 7);
  assert.equal(wordClass('raketenangriffe'), WORD_COMPOUND);
  assert.equal(wordClass('xyzqwvbnmkjhgfd'), 0);
  assert.equal(nounHeadStart('Xyzqwvbnmkjhgfd'), -1);
});

/** The loop over analyse() that firstLemmaIn answers without building readings. */
function firstLemmaByAnalyse<T>(form: string, sentenceStart: boolean, table: ReadonlyMap<string, T>): T | undefined {
  for (const r of analyse(form, sentenceStart)) {
    if (r.particle || (r.pos !== 'VERB' && r.pos !== 'NOUN')) continue;
    const hit = table.get(r.lemma) ?? (r.compoundHead ? table.get(r.compoundHead) : undefined);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

test('firstLemmaIn answers what the loop over analyse() answers, compound lemmas, heads and sentence starts included', () => {
  // lemmas, a compound lemma, a hyphen compound's lemma and a verb
  const table = new Map(['Angriff', 'Treffen', 'Raketenangriff', 'EU-Gipfel', 'kritisieren', 'Festnahme', 'Regierung'].map((w, i) => [w, i]));
  const cases: [string, boolean, number | undefined][] = [
    ['Angriffe', false, 0],
    ['Gipfeltreffen', false, 1], // compound missing from the lexicon: by its head
    ['Außenministertreffens', false, 1],
    ['Raketenangriffe', false, 2], // the compound lemma is in the table itself
    ['EU-Gipfels', false, 3],
    ['Kritisierte', false, undefined], // a noun inside a sentence
    ['Kritisierte', true, 4], // and a verb at its start
    ['Festnahmen', true, 5],
    ['Bundesregierung', false, 6],
    ['Steinmeier', false, undefined],
    ['Xyzqwvbnmkjhgfd', false, undefined],
    ['Exportverbot', false, undefined], // a compound whose head hits nothing: no split needed
    ['griff', false, undefined], // lower case: no compound search, angreifen only with its particle
  ];
  for (const [form, start, want] of cases) {
    assert.equal(firstLemmaByAnalyse(form, start, table), want, `analyse: ${form}`);
    assert.equal(firstLemmaIn(form, start, table), want, `firstLemmaIn: ${form}`);
  }
  // every split of compounds built from these words, inside a sentence and opening it
  const parts = ['Raketen', 'Gipfel', 'Bundes', 'Export', 'Friedens', 'Grenz', 'EU-', 'Angriff', 'Treffen', 'Regierung', 'verbot', 'angriffen', 'treffens', 'gespräche'];
  let n = 0;
  for (const a of parts) for (const b of parts) for (const c of ['', ...parts]) {
    const form = (a + b.toLowerCase() + c.toLowerCase()).replace(/^eu-/, 'EU-');
    for (const start of [false, true]) {
      assert.equal(firstLemmaIn(form, start, table), firstLemmaByAnalyse(form, start, table), `${form} ${start}`);
      n++;
    }
  }
  assert.ok(n > 5000);
});
