/**
 * English event patterns (lexicons/en/event-patterns.tsv) on whole sentences written for these tests:
 * which PLOVER type a construction codes and which participants it takes. One row per construction.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { isBarePlural } from './bare-plurals.js';

/** The events of an English sentence as "TYPE source>target" (actor names, or the words of a participant that is no actor). */
export function enEvents(text: string): string[] {
  const r = analyze({ id: 't', text, lang: 'en', date: '2025-03-05' }) as Result;
  const name = (ids: string[], words: { text: string } | undefined) => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? '?').join('+') || (words ? `"${words.text}"` : '');
  return r.events.map((e) => `${e.type} ${name(e.source, e.sourceText)}>${name(e.target, e.targetText)}`);
}

test('English constructions and the type they code (table)', () => {
  const cases: [string, string][] = [
    // a blockade imposed on a place is an assault (PLOVER ASSAULT), a curfew imposed stays coercion
    ['The army of Utopia imposed a blockade on Freedonia.', 'ASSAULT'],
    ['Serbia imposed blockades on the ports of Montenegro last week.', 'ASSAULT'],
    ['The government of Nigeria imposed a curfew in Lagos.', 'COERCE'],
    // goods handed over are aid; people handed over are cooperation (extradition)
    ['Japan handed over new medical equipment to the Ministry of Health of Ghana.', 'AID'],
    ['Spain handed over two suspects to France on Monday.', 'COOPERATE'],
    // tariffs rolled back, lifted or waived: a concession
    ['The United States rolled back tariffs on Brazilian coffee.', 'CONCEDE'],
    ['Canada waived tariffs on Mexican steel on Monday.', 'CONCEDE'],
    // giving in to demands or pressure, granting citizenship or permission
    ['The government of Chile bowed to pressure from the Red Cross.', 'CONCEDE'],
    ['President Jane Example signed a decree granting citizenship to Peter Sample.', 'CONCEDE'],
    // a newspaper's publication suspended is censorship (COERCE), not a sanction
    ['Algerian authorities suspended publication of the newspaper El Watan.', 'COERCE'],
    // a curfew extended is imposed anew
    ['The government of Jamaica extended the curfew in Kingston.', 'COERCE'],
    // a ceasefire however it is spelt
    ['President Jane Example announced a cease-fire with the Taliban.', 'CONCEDE'],
  ];
  for (const [text, type] of cases) {
    const got = enEvents(text);
    assert.ok(got.some((e) => e.startsWith(`${type} `)), `${text}: ${got.join('; ') || 'no event'}`);
  }
});

test('English constructions and their participants: all events of the sentence (table)', () => {
  const cases: [string, string[]][] = [
    // surrendering and returning: the recipient follows "to", not an object further on
    ["Fighters of the Northern Brigade surrendered to the army of Peru a week after they attacked the party's leader.",
      ['CONCEDE Fighters>army', 'ASSAULT Fighters>party']],
    ['Germany returned a stolen painting of Pablo Picasso to its owners.', ['CONCEDE Germany>"owners"']],
    ['The FBI returned a Hebrew Bible to its owners on Monday.', ['CONCEDE FBI>"owners"']], // the thing returned is no target
    ['Peter Sample returned the mandate to President Jane Example, the office said.', ['CONCEDE Peter Sample>Jane Example']],
    // giving in to demands is the concession only, not also the demand
    ['The Red Cross conceded to demands from the Ministry of Health of Ghana.', ['CONCEDE Rotes Kreuz>Ministry of Health']],
    // a domestic event: an unnamed group acting on its own state is an event (the reverse, a state acting
    // on its own unnamed groups, is not: "Beijing tells Chinese firms ...")
    ['Kenyan protesters demanded that Kenya release the journalists.', ['REQUEST protesters>Kenya', 'CONCEDE Kenya>journalists']],
    // a noun names its actor after "by" ("threats by X", "criticism by X")
    ['The sharp criticism by Amnesty International of Egypt was published on Monday.', ['ACCUSE Amnesty International>Egypt']],
    // a bare plural is a participant (its words stay as the target text; it is no actor)
    ['Israel will not release prisoners who fought for Hamas.', ['REJECT Israel>"prisoners"']],
    ['Lithuania opened its borders to refugees in 1997.', ['AID Lithuania>"refugees"']],
    // "release of" must be adjacent: an "of" further on ("the laws of war") is no object of the release
    ['Israel will not release prisoners who acted against the laws of war.', ['REJECT Israel>"prisoners"']],
    // taking in refugees: the verb is the anchor, its object the target; refused, it is REJECT
    ['Germany accepted more than one million refugees from Syria.', ['AID Germany>Syria']],
    ['Slovakia says it will not accept Syrian refugees under the scheme.', ['REJECT Slovakia>Syrian Arab Republic']],
    // a sentence to prison and an arrest warrant are coercion (a conviction alone stays an accusation)
    ['A court in Ankara sentenced Peter Sample to seven years in prison.', ['COERCE court>Peter Sample']],
    ['A court in Delhi issued an arrest warrant against Peter Sample on Tuesday.', ['COERCE court>Peter Sample']],
    // announced recognition, joining forces, a dinner hosted for a guest: planned, so AGREE (the manual)
    ['Chile will recognize the independence of Kosovo.', ['AGREE Chile>"independence"']],
    ['The president of Peru will join forces with Amnesty International.', ['AGREE Peru>Amnesty International']],
    ['President Jane Example will be hosting a dinner for Peter Sample in Lima.', ['AGREE Jane Example>Peter Sample']],
    // an arrest announced as a noun: "the arrest of X"
    ['Mexican authorities announced the arrest of Peter Sample on Monday.', ['COERCE authorities>Peter Sample']],
    // two coordinated subjects of an act done together are its partners, unless the pattern's own preposition names another
    ['Chile and Peru agreed to share information on Bolivia.', ['AGREE Chile>Peru']],
    // (and each member of the coordinated subject holds the talks: one event each)
    ['Chile and Peru held talks with Bolivia.', ['CONSULT Chile>Bolivia', 'CONSULT Peru>Bolivia']],
    // calling someone to discuss is a phone call (not "called X a liar")
    ['On Monday, Secretary of State Jane Example called Foreign Minister Peter Sample to discuss a number of topics.', ['CONSULT Jane Example>Peter Sample']],
    // saying someone was responsible, holding someone responsible: an accusation ("the ministry responsible for" is none)
    ['After the attack, the government of Kenya said Al-Shabaab militants were responsible.', ['ACCUSE Kenya>militants']],
    ['Germany held Russia responsible for the attack.', ['ACCUSE Germany>Russia']],
    ['The ministry responsible for health met on Monday.', []],
    // a military operation or offensive against someone: an assault, announced a threat
    ['Nigeria launched a military offensive against Boko Haram in the north.', ['ASSAULT Nigeria>Boko Haram']],
    ['The president of Turkey says it will begin a new military operation against Kurdish fighters in Syria.', ['THREATEN Turkey>fighters']],
    // aid provided for a place: the place after "for"/"in" is the recipient
    ['The U.S. government provided $340 million for assistance in northern Iraq.', ['AID government>Iraq']],
    // reinstating someone, authorising something, returning something "into" a place: concessions
    ['Governor-General Peter Sample reinstated Jane Example as prime minister on Monday.', ['CONCEDE Peter Sample>Jane Example']],
    ['A court in Madrid has given authorization for Peter Sample to be extradited to Peru.', ['CONCEDE court>Peru']],
    ['The Born Free Foundation returned the rescued lions back into the wild.', ['CONCEDE Born Free Foundation>"wild"']],
    // "a number of" leads a noun phrase; a meeting attended is the meeting "of" whom
    ['Iranian hackers launched cyber attacks on a number of Saudi government websites.', ['ASSAULT Islamic Republic of Iran>"Saudi government websites"']],
    ['President Jane Example attended a meeting of the World Health Organization in Geneva.', ['CONSULT Jane Example>WHO']],
    // defying a ban or law is a rejection (PLOVER REJECT: defy norms, law); more pressure a threat; a mandate given a concession
    ['Iran has violated a ban by the United Nations on missile tests.', ['REJECT Iran>Vereinte Nationen']],
    ['President Jane Example will increase pressure on Iran.', ['THREATEN Jane Example>Iran']],
    ['President Jane Example gave Peter Sample a mandate to form a new government.', ['CONCEDE Jane Example>Peter Sample']],
    // mobilisation: the destination after "into"/"to" beats where the troops stand ("in")
    ['The Pentagon put a brigade in Germany on alert to fly into Libya.', ['MOBILIZE Pentagon>Libya']],
    ['Russia reinforced its troops near Ukraine.', ['MOBILIZE Russia>Ukraine']],
    // the forces mobilised are no target; whom they are mobilised against is
    ['President Jane Example mobilized the army for a campaign against the rebels of the north.', ['MOBILIZE Jane Example>rebels']],
    ['Russia mobilized its reservists.', ['MOBILIZE Russia>"reservists"']],
    // relations "strengthened" are no mobilisation (only troops, forces, presence, patrols, defences, security)
    ['Relations between Chile and Peru were strengthened over the past years, a visiting Peruvian military official said.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(enEvents(text), want, text);
  const threats = enEvents('The talks came after months of threats by Russia that it would cut gas supplies to Georgia.');
  assert.ok(threats.includes('THREATEN Russia>Georgia'), threats.join('; '));
});

test('bare plurals by their ending, with the exceptions of lexicons/en/event-bare-plurals.tsv (table)', () => {
  const cases: [string, string, boolean][] = [
    ['en', 'refugees', true], ['en', 'lecturers', true], ['en', 'parties', true],
    ['en', 'always', false], ['en', 'perhaps', false], ['en', 'congress', false], ['en', 'status', false],
    ['en', 'analysis', false], ['en', 'dangerous', false], ['en', 'politics', false], ['en', 'its', false],
    ['en', 'Refugees', false], ['en', 'refugee', false], ['de', 'autos', false],
  ];
  for (const [lang, w, want] of cases) assert.equal(isBarePlural(lang, w), want, `${lang} ${w}`);
});
