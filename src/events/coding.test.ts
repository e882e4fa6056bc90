import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang, Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { codeByStatus } from './coding.js';
import { PATTERN_STRENGTH, patternKind } from './confidence.js';
import { createDoc } from '../doc/doc.js';
import { createPipeline } from '../pipeline/pipeline.js';

const DAY = '2025-03-05';

/** Events of `text` as "TYPE status mode source>target date basis [aux] {contexts} score" (actor names). */
function coded(text: string, lang: Lang): string[] {
  const r = analyze({ id: 't', text, lang, date: DAY }) as Result;
  const name = (ids: string[]) => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? '?').join('+');
  return r.events.map((e) => `${e.type} ${e.status} ${e.mode ?? '-'} ${name(e.source)}>${name(e.target)} ${e.date ?? 'null'} ${e.dateBasis ?? 'null'} [${(e.aux ?? []).join(',')}] {${e.context.join(',')}} ${e.score}`);
}

test('the manual\'s status rules as data (table)', () => {
  const cases: [string, string][] = [
    ['planned CONSULT visit', 'AGREE visit planned'], // the mode goes in the coding stage
    ['planned SUPPORT -', 'AGREE - planned'],
    ['planned RETREAT withdraw', 'CONCEDE - planned'],
    ['planned CONCEDE -', 'CONCEDE - planned'],
    ['planned SANCTION -', 'THREATEN restrict planned'],
    ['planned ASSAULT aerial', 'THREATEN violence planned'],
    ['negated CONSULT -', 'REJECT meet asserted'],
    ['negated AID -', 'REJECT assist asserted'],
    ['negated THREATEN -', 'THREATEN - negated'],
    ['asserted COERCE arrest', 'COERCE arrest asserted'],
  ];
  for (const [q, want] of cases) {
    const [status, type, mode] = q.split(' ');
    const c = codeByStatus(type as never, mode === '-' ? null : mode, status as never);
    assert.equal(`${c.type} ${c.mode ?? '-'} ${c.status}`, want, q);
  }
});

test('PLOVER coding of whole sentences: sanctions, cancelled meetings, AGREE without mode, background, negation (table)', () => {
  const cases: [string, Lang, string[]][] = [
    ['Die USA verhängten am Montag Sanktionen gegen Iran.', 'de', ['SANCTION asserted - USA>Iran 2025-03-03 text [] {economic} -6']],
    ['Canada imposed tariffs on Chinese steel on Monday.', 'en', ['SANCTION asserted - Canada>China 2025-03-03 text [] {economic} -6']],
    ['Secretary of State Jane Example will visit Japan next week.', 'en', ['AGREE planned - Jane Example>Japan 2025-03 text [future] {diplomatic} 2.5']],
    ['Frankreich hatte zuvor Zölle auf Einfuhren aus den USA verhängt.', 'de', ['SANCTION asserted - Frankreich>USA null null [historical] {economic} -6']],
    ['Chile no longer buys oil from Venezuela.', 'en', ['SANCTION asserted discontinue Chile>Venezuela null null [historical] {economic,natural_resource} -6']],
    ['Russia did not threaten Finland on Monday.', 'en', ['THREATEN negated - Russia>Finland 2025-03-03 text [negation] {} 0']],
    ['Polen sagte das Treffen mit Ungarn ab.', 'de', ['REJECT asserted meet Polen>Ungarn 2025-03-05 article [] {diplomatic} -2']],
    ['Iran cancelled talks with France on Monday.', 'en', ['REJECT asserted meet Iran>France 2025-03-03 text [] {diplomatic} -2']],
  ];
  for (const [text, lang, want] of cases) assert.deepEqual(coded(text, lang), want, text);
});

test('contexts carry their evidence and only the manual\'s names', () => {
  const r = analyze({ id: 't', text: 'Russland griff am Montag ein Krankenhaus in der Ukraine mit Drohnen an.', lang: 'de', date: DAY }) as Result;
  const e = r.events[0];
  assert.ok(e, 'an event');
  const ev = (e.contextEvidence ?? []).map((c) => `${c.context}:${c.text}`);
  assert.ok(ev.includes('health:Krankenhaus'), ev.join(' '));
  assert.equal(e.mode, 'drone');
  assert.ok(ev.includes('military:griff'), 'the mode implies the context, the trigger is its evidence');
  assert.equal(r.text.slice(e.contextEvidence![0].start, e.contextEvidence![0].end), e.contextEvidence![0].text);
});

test('real participants: a government\'s order is the government\'s act; words that name no actor stay text only (table)', () => {
  const cases: [string, Lang, string[]][] = [
    ['The government in Beijing ordered Chinese firms to stop buying chips from Nvidia.', 'en', ['SANCTION discontinue Beijing>Nvidia target: -']],
    ['Germany criticized the decision on Monday.', 'en', ['ACCUSE disapprove Germany> target: decision']],
  ];
  for (const [text, lang, want] of cases) {
    const r = analyze({ id: 't', text, lang, date: DAY }) as Result;
    const name = (ids: string[]) => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? '?').join('+');
    assert.deepEqual(r.events.map((e) => `${e.type} ${e.mode ?? '-'} ${name(e.source)}>${name(e.target)} target: ${e.targetText?.text ?? '-'}`), want, text);
    // no actor of the result is a phrase made for an event
    assert.ok(!r.actors.some((a) => /^\p{Ll}/u.test(a.name)), JSON.stringify(r.actors.map((a) => a.name)));
  }
});

test('confidence: named sides, a date of the text and a strong pattern are surest (table)', () => {
  const cases: [string, Lang, number][] = [
    ['Russland griff am Montag die Ukraine mit Drohnen an.', 'de', 1], // names, text date, construction "griff ... an"
    ['Russia attacked Ukraine.', 'en', 0.81], // article date 0.9, a single verb 0.9
    ['Russia held talks with Ukraine on Monday.', 'en', 1], // construction "held ... talks", text date
    ['Germany criticized the decision on Monday.', 'en', 0.45], // the target is words only 0.5, a single verb 0.9
    ['Der Angriff Russlands auf Kiew am Montag.', 'de', 0.8], // a noun 0.8, text date
  ];
  for (const [text, lang, want] of cases) {
    const r = analyze({ id: 't', text, lang, date: DAY }) as Result;
    assert.equal(r.events[0]?.confidence, want, text);
  }
});

test('pattern strength from the kind of pattern that matched the trigger (table)', () => {
  const pipeline = createPipeline(['header', 'segment']);
  const cases: [string, Lang, string, string][] = [
    ['Russia held talks with Ukraine.', 'en', 'held', 'construction'],
    ['Russia attacked Ukraine.', 'en', 'attacked', 'verb'],
    ['Der Angriff auf Kiew.', 'de', 'Angriff', 'noun'],
    ['Deutschland wies zwei russische Diplomaten aus.', 'de', 'wies', 'lemma'], // "wies ... aus": ausweisen, by its lemma only
  ];
  for (const [text, lang, trigger, want] of cases) {
    const doc = createDoc({ id: 't', text, lang, date: null });
    pipeline.run(doc);
    const t = doc.tokens.findIndex((x) => x.text === trigger);
    assert.equal(patternKind(doc, t), want, text);
  }
  assert.ok(PATTERN_STRENGTH.construction > PATTERN_STRENGTH.verb && PATTERN_STRENGTH.verb > PATTERN_STRENGTH.noun);
});
