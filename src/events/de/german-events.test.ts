/**
 * Table tests of the German event rules (sentences written for these tests): collective actors and
 * their country, domestic events, agentless passives, lemma triggers, separable verbs, passives with
 * an agent and nominal events. Reading: "TYPE status source(COUNTRY)>target(COUNTRY)".
 *
 * @example
 * node --import tsx --test src/events/de/german-events.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Result } from '../../contract/schema.js';
import { analyze } from '../../pipeline/analyze.js';
import { check, deEvents, includes } from './german-cases.js';

test('German collective actors take the place or the story country; domestic events count', () => {
  check([
    // a report from Lima: the police and the demonstrators are Peruvian
    ['In Lima nahm die Polizei am Dienstag zwölf Demonstranten fest. Peru erlebt seit Wochen Unruhen.', ['COERCE asserted Polizei(PER)>Demonstranten(PER)']],
    // no foreign place named: the home country of German news
    ['Die Polizei nahm am Dienstag zwölf Demonstranten fest.', ['COERCE asserted Polizei(DEU)>Demonstranten(DEU)']],
    // a state acting on a state still needs no fallback
    ['Frankreich kritisierte am Montag Russland scharf.', ['ACCUSE asserted Frankreich(FRA)>Russland(RUS)']],
  ]);
});

test('German story country: towns the recogniser missed, after a place preposition or as the title\'s dateline', () => {
  check([
    // "Sabadell" is no name the recogniser knows; the gazetteer of cities places it in Spain
    ['In Sabadell nahm die Polizei am Montag zwei Aktivisten fest.', ['COERCE asserted Polizei(ESP)>Aktivisten(ESP)']],
    // a nationality says less about where it happened than the town
    ['Die Polizei nahm am Montag in Iserlohn einen Mann türkischer Staatsangehörigkeit fest.', ['COERCE asserted Polizei(DEU)>Türkei(TUR)']],
  ]);
  const r = analyze({ id: 't', title: 'Sabadell: Zwei Aktivisten verhaftet', text: 'Die Polizei nahm am Montag zwei Aktivisten fest.', lang: 'de', date: '2024-05-08' }) as Result;
  assert.deepEqual(r.events.map((e) => `${e.type} ${e.sourceCountry}>${e.targetCountry}`), ['COERCE ESP>ESP']);
});

test('German roles by case: an object opening the clause, an inverted subject, a plural object of a singular verb', () => {
  check([
    ['Am Montag kritisierte den Minister die Opposition scharf.', ['ACCUSE asserted Opposition(DEU)>Minister(DEU)']],
    ['Den Minister hat die Opposition am Montag scharf kritisiert.', ['ACCUSE asserted Opposition(DEU)>Minister(DEU)']],
    ['Zwölf Demonstranten nahm die Polizei in Minsk am Montag fest.', ['COERCE asserted Polizei(BLR)>Demonstranten(BLR)']],
    // word order as before where the case says nothing against it
    ['Die Opposition kritisierte den Minister am Montag scharf.', ['ACCUSE asserted Opposition(DEU)>Minister(DEU)']],
  ]);
});

test('German agent nouns built on a verb stem name people, not their act', () => {
  check([
    ['Die Unterstützer des Präsidenten versammelten sich am Montag in Lima.', []],
    ['Die Streikenden zogen am Montag durch die Innenstadt von Athen.', []],
    // the verb itself still is the event, the agent noun its target
    ['Die Gewerkschaft unterstützte am Montag die Streikenden in Athen.', ['SUPPORT asserted Gewerkschaft(GRC)>Streikenden(GRC)']],
  ]);
});

test('German events: an implied actor yields to a named one of the same act; one actor named twice is no source and target', () => {
  check([
    // "bei der Offensive" alone would be done by the state where it happened; the army is named
    ['Bei der Offensive in Kandahar beschoss die Armee am Montag die Taliban.', ['ASSAULT asserted Armee(AFG)>Taliban(AFG)']],
    // "NATO" and the "NATO-" of a compound are one actor: no event of the NATO on itself
    ['Die NATO kritisierte am Montag die NATO-Gegner.', []],
  ]);
});

test('A party in brackets after a person is the person\'s affiliation, not a participant', () => {
  check([
    ['Der Minister Franz Meier (SPD), hat am Montag seinen Rücktritt verkündet.', ['RETREAT asserted Franz Meier(DEU)>(DEU)']],
  ]);
});

test('German agentless passive: the state where it happened acted on the subject', () => {
  check([
    ['In Chile wurden am Montag vierzig Studenten festgenommen.', ['COERCE asserted Chile(CHL)>Studenten(CHL)']],
  ]);
});

test('German triggers: convictions, states of emergency, strikes, attacks, arrests, resignations', () => {
  check([
    ['Ein Gericht in Minsk verurteilte den Blogger am Montag zu zehn Jahren Haft.', ['SANCTION asserted Gericht(BLR)>Blogger(BLR)']],
    ['Die Regierung von Peru rief am Montag den Notstand aus.', ['COERCE asserted Peru(PER)>(PER)']],
    ['In Athen streikten am Montag die Gewerkschaften gegen das Sparpaket.', ['PROTEST asserted Gewerkschaften(GRC)>(GRC)']],
    ['Bei einem Anschlag auf einen Markt in Kabul starben am Montag zwölf Menschen.', ['ASSAULT asserted Afghanistan(AFG)>(AFG)']],
    ['Die Polizei eröffnete am Montag in Quito das Feuer auf Demonstranten.', ['ASSAULT asserted Polizei(ECU)>Demonstranten(ECU)']],
    ['Der Minister trat am Montag in Lissabon zurück.', ['RETREAT asserted Minister(PRT)>(PRT)']],
    ['Die Regierung machte die Opposition für die Gewalt verantwortlich.', ['ACCUSE asserted Regierung(DEU)>Opposition(DEU)']],
  ]);
});

test('German undated acts take the story date of an earlier sentence (reports are written the day after)', () => {
  const r = analyze({ id: 't', text: 'Am Dienstag kam es in Kiel zu Unruhen. Die Polizei nahm zwölf Demonstranten fest.', lang: 'de', date: '2024-05-08' }) as Result;
  assert.deepEqual(r.events.map((e) => `${e.type} ${e.date}`), ['COERCE 2024-05-07']);
  // a date long before the article is background, not the story's day
  const r2 = analyze({ id: 't', text: 'Im März 2019 kam es in Kiel zu Unruhen. Die Polizei nahm zwölf Demonstranten fest.', lang: 'de', date: '2024-05-08' }) as Result;
  assert.deepEqual(r2.events.map((e) => `${e.type} ${e.date}`), ['COERCE 2024-05-08']);
});

test('German passives: the "von"/"durch" agent in the middle field is the source; verb-final complements; bracket absorbs', () => {
  check([
    ['Die Opposition wurde am Montag von der Regierung scharf kritisiert.', ['ACCUSE asserted Regierung(DEU)>Opposition(DEU)']],
    ['Der Bürgermeister wurde am Montag vom Stadtrat zum Rücktritt aufgefordert.', ['REQUEST asserted Stadtrat(DEU)>Bürgermeister(DEU)']],
    ['In Baku wurde der Blogger am Montag zu acht Jahren Haft verurteilt.', ['SANCTION asserted Aserbaidschan(AZE)>Blogger(AZE)']],
    // the agent phrase in the Vorfeld, before the finite auxiliary
    ['Vom Parlament in Madrid wurde die Regierung aufgefordert, Neuwahlen anzusetzen.', ['REQUEST asserted Parlament(ESP)>Regierung(ESP)']],
    ['Von Frankreich wurde der Angriff Russlands auf Kiew verurteilt.', ['ACCUSE asserted Frankreich(FRA)>Russische Föderation(RUS)']],
  ]);
});

test('German conflict nouns in a clause that announces something else are its topic; "üben" is no prefix of "über"', () => {
  check([
    ['Die Regierung will die Bürger künftig über bevorstehende Angriffe informieren.', []],
    ['Der Senat will die Wähler vor der Wahl über die Streiks informieren.', []],
    ['Die Opposition übte am Montag in Wien scharfe Kritik.', ['ACCUSE asserted Opposition(AUT)>(AUT)']],
  ]);
});

test('German domestic coercion, object clauses and organisation members', () => {
  check([
    ['Die Behörden in Singapur nahmen am Montag zwei Journalisten fest.', ['COERCE asserted Singapur(SGP)>Journalisten(SGP)']],
    ['Washington kritisierte am Montag, dass Peking die Pressefreiheit einschränke.', ['ACCUSE asserted Washington(USA)>Beijing(CHN)']],
    ['Die EU-Staaten beschlossen am Montag Sanktionen gegen Russland.', ['SANCTION asserted Europäische Union(null)>Russland(RUS)']],
  ]);
});

test('German nominal events name their own participants (genitive, von/durch, zwischen ... und)', () => {
  check([
    ['Bei einem Treffen in Oslo zwischen dem polnischen Außenminister und seinem litauischen Amtskollegen ging es um Energie.', ['CONSULT asserted Außenminister(POL)>Amtskollegen(LTU)']],
    ['Die Festnahme des Bloggers durch die ägyptische Polizei sorgte am Montag für Empörung.', ['COERCE asserted Polizei(EGY)>Bloggers(EGY)']],
    ['Die Freilassung der Geiseln in Mali wurde am Montag bekannt.', ['RETREAT asserted Mali(MLI)>Geiseln(MLI)']],
  ]);
});

test('German cooperative nouns without participants are topics unless a light verb carries them', () => {
  check([
    ['Die Zusammenarbeit sei wichtig, sagte der Bürgermeister am Montag.', []],
    ['Der Bürgermeister führte am Montag Gespräche mit der Regierung von Lettland.', ['CONSULT asserted Bürgermeister(LVA)>Lettland(LVA)']],
  ]);
});

test('German "zu" infinitive clauses take the governing clause\'s subject and status, and are its content', () => {
  check([
    ['Die NATO kündigte am Montag an, mehr Truppen nach Litauen zu verlegen.', ['MOBILIZE planned NATO(null)>Litauen(LTU)']],
    ['Ungarn warf am Montag Rumänien vor, Schmuggler zu unterstützen.', ['ACCUSE asserted Ungarn(HUN)>Rumänien(ROU)']],
    ['In Berlin sicherte die Kanzlerin am Montag Moldau weitere Hilfe zu.', ['AGREE asserted Kanzlerin(DEU)>Moldau(MDA)']],
  ]);
});

test('German triggers by lemma through the morphology layer: split particles, inflected forms, compound heads', () => {
  check([
    ['Litauen wies am Montag drei russische Diplomaten aus.', ['COERCE asserted Litauen(LTU)>Diplomaten(RUS)']],
    ['Die Behörden in Minsk sperrten den Oppositionellen am Montag ein.', ['COERCE asserted Minsk(BLR)>Oppositionellen(BLR)']],
    ['Die Regierung von Chile hat die Demonstrationen am Montag verboten.', ['COERCE asserted Chile(CHL)>(CHL)']],
  ]);
});

test('German status: reported claims with a perfect infinitive, passive "werden", announced withdrawals', () => {
  check([
    ['Die Islamisten sollen in Oslo einen Anschlag auf eine Moschee geplant haben.', ['ASSAULT asserted Islamisten(NOR)>(NOR)']],
    ['In Lima konnten am Montag zwei Aktivisten festgenommen werden.', ['COERCE asserted Peru(PER)>Aktivisten(PER)']],
    ['Spanien kündigte am Montag den Abzug seiner Soldaten aus Mali an.', ['CONCEDE planned Spanien(ESP)>Mali(MLI)']],
  ]);
});

test('German compounds: the head decides whether a prefix pattern means the event', () => {
  check([
    ['Die Verhandlungsposition der Gewerkschaft in Wien ist schwach.', []],
    ['Die Streikmaßnahmen der Gewerkschaft in Wien dauern an.', []],
    ['Bei dem Raketenangriff auf Odessa starben am Montag drei Menschen.', ['ASSAULT asserted Ukraine(UKR)>(UKR)']],
  ]);
});

test('German compounds whose prefix pattern reaches into the head keep their meaning', () => {
  check([
    // (the unknown "Dong" takes the story's country, which the home country of the person named counts for)
    ['Hegseth führte am Dienstag ein Telefongespräch mit Dong.', ['CONSULT asserted Pete Hegseth(USA)>Dong(USA)']],
  ]);
});

test('German separable light verbs across the verb bracket: a cancelled meeting is a refusal', () => {
  check([
    ['Schweden sagte die Gespräche mit Norwegen ab.', ['REJECT asserted Schweden(SWE)>Norwegen(NOR)']],
    ['Schweden hat das Gipfeltreffen mit Norwegen abgesagt.', ['REJECT asserted Schweden(SWE)>Norwegen(NOR)']],
    // "sagte" without the particle is speech: the noun is the topic, no event
    ['Schweden sagte, das Gipfeltreffen mit Norwegen sei nützlich gewesen.', []],
  ]);
});

test('German passives: the auxiliary anywhere in a long middle field of its clause, not across a comma', () => {
  check([
    // fourteen words between "wurden" and the participle: still the agentless passive (the place's state acted)
    ['In Lima wurden am Mittwoch auf einer belebten Straße in der Nähe des Präsidentenpalastes drei Journalisten festgenommen.', ['COERCE asserted Peru(PER)>Journalisten(PER)']],
    // the "wurde" of the clause before the comma does not make "kritisiert" a passive (the opposition criticised)
    ['In Minsk wurde am Montag ein neuer Minister vereidigt, die Opposition hat ihn sofort kritisiert.', ['ACCUSE asserted Opposition(BLR)>(BLR)']],
    // a strong participle without "ge-" after "wurde" in its clause is a passive ("wurde" takes no infinitive) ...
    ['Der Journalist wurde am Montag in Minsk von Polizisten erschlagen.', ['ASSAULT asserted Polizisten(BLR)>Journalist(BLR)']],
    // ... while a future "wird" takes the infinitive of the same shape
    ['Die Armee wird die Stadt beschießen.', ['THREATEN planned Armee(DEU)>(DEU)']],
  ]);
});

test('German status: an attributive "geplante" plans the noun it modifies, not the clause\'s verb', () => {
  check([
    ['Die Behörden verboten am Montag die geplante Kundgebung in Minsk.', ['COERCE asserted Behörden(BLR)>(BLR)']],
  ]);
});

test('German threats and refusals absorb the resignation or strike they are about', () => {
  check([
    ['Der Minister drohte am Montag mit seinem Rücktritt.', ['THREATEN asserted Minister(DEU)>(DEU)']],
    ['Die Regierung lehnte einen Rücktritt des Ministers ab.', ['REJECT asserted Regierung(DEU)>(DEU)']],
    // a resignation not governed by a threat or refusal stays one
    ['Der Minister trat am Montag zurück.', ['RETREAT asserted Minister(DEU)>(DEU)']],
  ]);
});

test('German hyphenated group nouns: an organisation the recogniser typed MISC still stands for its members', () => {
  check([
    ['NATO-Truppen töteten am Montag in der Provinz Kandahar drei Aufständische.', ['ASSAULT asserted NATO(null)>Aufständische(AFG)']],
  ]);
});

test('German acts done to someone (arrest, release, deportation, abduction) need that someone', () => {
  check([
    // "festsetzen" also fixes a date: nobody arrested, no event
    ['Die Regierung in Lima hat den Termin der Wahl festgesetzt.', []],
    ['Die Polizei in Lima hat am Montag zwölf Studenten festgesetzt.', ['COERCE asserted Polizei(PER)>Studenten(PER)']],
  ]);
});

test('German nominal events: the noun phrase ends at a passive auxiliary ("von" after it is the verb\'s agent)', () => {
  check([
    ['Der Angriff Russlands auf die Ukraine wurde von Frankreich verurteilt.', ['ASSAULT asserted Russische Föderation(RUS)>Ukraine(UKR)', 'ACCUSE asserted Frankreich(FRA)>Russische Föderation(RUS)']],
  ]);
});

test('German passives: the one acted on is the participant that can be nominative', () => {
  check([
    // "der Polizei" (genitive after "Angaben") is no subject: the demonstrators were arrested
    ['Nach Angaben der Polizei wurden in Ägypten 40 Demonstranten festgenommen.', ['COERCE asserted Ägypten(EGY)>Demonstranten(EGY)']],
    ['In Ägypten wurden nach Angaben der Regierung 40 Demonstranten festgenommen.', ['COERCE asserted Ägypten(EGY)>Demonstranten(EGY)']],
  ]);
});

test('A role noun with a demonym keeps its country; a place after it is where it happened', () => {
  check([
    ['Der chinesische Präsident empfing am Montag den französischen Außenminister in Peking.', ['CONSULT asserted Präsident(CHN)>Außenminister(FRA)']],
    // without a demonym the place still stands for the government
    ['Die Regierung in Peking kritisierte am Montag Japan.', ['ACCUSE asserted Beijing(CHN)>Japan(JPN)']],
  ]);
});

test('German coordinated subjects: the second is the partner of acts done together only, never the addressee of a protest', () => {
  check([
    ['Die Gewerkschaften und die Opposition demonstrierten am Montag in Minsk.', ['PROTEST asserted Gewerkschaften(BLR)>(BLR)']],
    ['Russland und China unterzeichneten am Montag ein Abkommen.', ['AGREE asserted Russland(RUS)>China(CHN)']],
  ]);
});

test('German status: a capitalised cue word inside the sentence is a noun ("dieses Falls"), not the conditional', () => {
  check([
    ['Die Opposition in Minsk hat anlässlich dieses Falls eine Sondersitzung beantragt.', ['REQUEST asserted Opposition(BLR)>(BLR)']],
    // first in the sentence it is the conjunction
    ['Falls die Regierung in Minsk nicht einlenkt, wird die Opposition demonstrieren.', ['PROTEST hypothetical Opposition(BLR)>(BLR)']],
  ]);
});

test('German roles by case: the number of the finite auxiliary decides the subject of a participle trigger', () => {
  check([
    // "hat" is singular: the demonstrators opening the clause are the object
    ['Zwölf Demonstranten hat die Polizei in Minsk festgenommen.', ['COERCE asserted Polizei(BLR)>Demonstranten(BLR)']],
    ['Die Demonstranten haben in Minsk die Polizei angegriffen.', ['ASSAULT asserted Demonstranten(BLR)>Polizei(BLR)']],
  ]);
});

test('German form patterns cover the participles of their verbs (perfect and passive news German)', () => {
  check([
    ['Polen hat Deutschland am Montag um Hilfe gebeten.', ['REQUEST asserted Polen(POL)>Deutschland(DEU)']],
    // the demand governs the resignation it asks for
    ['Die Opposition hat in Minsk den Rücktritt des Präsidenten gefordert.', ['REQUEST asserted Opposition(BLR)>(BLR)']],
    ['Nordkorea hat Südkorea mit Vergeltung gedroht.', ['THREATEN asserted Nordkorea(PRK)>Südkorea(KOR)']],
    ['Die Regierung in Tokio hat die Rolle Indiens gewürdigt.', ['SUPPORT asserted Tokio(JPN)>Indien(IND)']],
    ['Russland hat Truppen nach Belarus geschickt.', ['MOBILIZE asserted Russland(RUS)>Belarus(BLR)']],
  ]);
});

test('German form patterns cover the Konjunktiv I of reported speech ("fordere", "begrüße")', () => {
  check([
    ['Der Minister erklärte, Litauen begrüße die Entscheidung Polens.', ['SUPPORT asserted Litauen(LTU)>Polen(POL)']],
    ['Der Minister erklärte, Litauen fordere von Russland eine Erklärung.', ['REQUEST asserted Litauen(LTU)>Russland(RUS)']],
  ]);
});

test('German relative clauses: a passive opened by a nominative relative pronoun acts on the participant before the comma', () => {
  check([
    ['Die Journalisten, die am Montag in Minsk festgenommen wurden, kamen frei.', ['COERCE asserted Belarus(BLR)>Journalisten(BLR)']],
  ]);
});

test('German compounds are nouns: a lower-case word ending in a compound pattern is a prefixed verb ("betreffen")', () => {
  check([
    ['Der Minister sagte, die neuen Regeln würden vor allem die Banken in Minsk betreffen.', []],
    ['Die Regierung in Minsk erklärte, die Maßnahmen würden die Opposition nicht betreffen.', []],
    // the compound noun itself still is the meeting
    ['Das Gipfeltreffen zwischen Belarus und Polen fand am Montag in Minsk statt.', ['CONSULT asserted Belarus(BLR)>Polen(POL)']],
  ]);
});

test('German circumstance nouns: a visit or talks as the circumstance are the subject\'s own act, an attack is done by the place\'s state', () => {
  check([
    ['Bei einem Besuch in Bagdad lobte der französische Außenminister die Regierung.', ['CONSULT asserted Außenminister(FRA)>Bagdad(IRQ)', 'SUPPORT asserted Außenminister(FRA)>Regierung(IRQ)']],
    ['Bei einem Anschlag auf einen Markt in Bagdad starben zwölf Menschen.', ['ASSAULT asserted Irak(IRQ)>(IRQ)']],
  ]);
});

test('German "unterzeichnen" is an agreement only with a partner or an agreement noun, not for a law', () => {
  check([
    ['Der russische Präsident Wladimir Putin hat am Montag ein Gesetz über Adoptionen unterzeichnet.', []],
    ['Polen unterzeichnete am Montag mit der Ukraine ein Abkommen.', ['AGREE asserted Polen(POL)>Ukraine(UKR)']],
    ['Russland und China unterzeichneten am Montag einen Freundschaftsvertrag.', ['AGREE asserted Russland(RUS)>China(CHN)']],
  ]);
});

test('German investigations and proceedings are accusations; solidarity and backing are support', () => {
  check([
    ['Die EU-Kommission hat ein Vertragsverletzungsverfahren gegen Ungarn eingeleitet.', ['ACCUSE asserted EU-Kommission(null)>Ungarn(HUN)']],
    ['Die Staatsanwaltschaft in Paris hat Ermittlungen gegen den Minister aufgenommen.', ['ACCUSE asserted Staatsanwaltschaft(FRA)>Minister(FRA)']],
    ['Die Regierung in Paris erklärte sich mit Griechenland solidarisch.', ['SUPPORT asserted Paris(FRA)>Griechenland(GRC)']],
    ['Japan gab Südkorea Rückendeckung.', ['SUPPORT asserted Japan(JPN)>Südkorea(KOR)']],
  ]);
});

test('German arrest warrants and criminal complaints are accusations; custody is coercion', () => {
  check([
    ['Ein Gericht in Den Haag erließ einen Haftbefehl gegen den Präsidenten Serbiens.', ['ACCUSE asserted Gericht(NLD)>Serbien(SRB)']],
    ['Die Opposition in Rom erstattete Strafanzeige gegen den Ministerpräsidenten.', ['ACCUSE asserted Opposition(ITA)>(ITA)']],
    ['Die iranischen Behörden nahmen einen britischen Diplomaten in Gewahrsam.', ['COERCE asserted Behörden(IRN)>Diplomaten(GBR)']],
  ]);
});

test('German summoning of an ambassador is a formal complaint (ACCUSE) against the ambassador\'s state', () => {
  check([
    ['Die Regierung in Warschau bestellte den russischen Botschafter ein.', ['ACCUSE asserted Warschau(POL)>Russische Föderation(RUS)']],
  ]);
});

test('German organisations: an acronym takes a singular or plural verb; an organisation before a role noun speaks for it', () => {
  check([
    // "UN" reads as plural in the lexicon, yet "Die UN lobte" has it as the subject
    ['Die UN lobte die Bemühungen Ägyptens.', ['SUPPORT asserted Vereinte Nationen(null)>Ägypten(EGY)']],
    ['Der UN-Generalsekretär lobte die Bemühungen Ägyptens.', ['SUPPORT asserted Vereinte Nationen(null)>Ägypten(EGY)']],
  ]);
});

test('A well-known person named by the surname alone keeps the gazetteer\'s country (no story-country fill)', () => {
  check([
    ['Merkel gratulierte am Montag Obama zu seinem Wahlsieg.', ['SUPPORT asserted Angela Merkel(DEU)>Barack Obama(USA)']],
    ['Jelzin unterzeichnete am Montag mit Kohl einen Vertrag.', ['AGREE asserted Boris Jelzin(RUS)>Helmut Kohl(DEU)']],
  ]);
});

test('German visit nouns: a country before the noun is where the visit goes ("China-Besuch")', () => {
  check([
    ['Der China-Besuch des französischen Präsidenten endete am Montag.', ['CONSULT asserted Frankreich(FRA)>China(CHN)']],
  ]);
});

test('"sie" of a reported clause is the speaker, of any kind; outside a quote it names nobody', () => {
  check([
    // verb-final "dass" clause: the pronoun before the object is the speaker (an organisation here)
    ['Die Vereinten Nationen erklärten am Montag, dass sie Polen kritisierten.', ['ACCUSE asserted Vereinte Nationen(null)>Polen(POL)']],
    // as the object of the reported act it is the speaker as well
    ['Frankreich erklärte am Montag, dass Polen sie kritisiert habe.', ['ACCUSE asserted Polen(POL)>Frankreich(FRA)']],
    // a coordinated speaker: the pronoun stands for every member of the list (one event each)
    ['Frankreich und Italien erklärten am Montag, dass sie Polen kritisierten.', ['ACCUSE asserted Italien(ITA)>Polen(POL)', 'ACCUSE asserted Frankreich(FRA)>Polen(POL)']],
    // no quote: "sie" is no participant (the story country stands in for the unnamed detainees)
    ['Die Polizei nahm sie am Montag fest.', ['COERCE asserted Polizei(DEU)>(DEU)']],
  ]);
});

test('a partitive "von" after a quantity word governs no participant ("Tausende von Studenten")', () => {
  check([
    ['In Lima demonstrierten am Montag Tausende von Studenten gegen die Regierung.', ['PROTEST asserted Studenten(PER)>Regierung(PER)']],
    ['In Lima versammelten sich am Montag hunderte von Bauern, um für höhere Preise zu demonstrieren.', ['PROTEST asserted Bauern(PER)>(PER)']],
    // "von" after no quantity word still names the agent of a passive
    ['In Lima wurden am Montag zwölf Demonstranten von Polizisten festgenommen.', ['COERCE asserted Polizisten(PER)>Demonstranten(PER)']],
  ]);
});

test('an object clause opened by "was" or "wie" gives the target, as a "dass" clause does', () => {
  check([
    ['Der Außenminister Frankreichs lobte, was Polen seit Mai geleistet habe.', ['SUPPORT asserted Frankreich(FRA)>Polen(POL)']],
    ['Frankreich kritisierte am Montag, wie Polen die Reform umgesetzt habe.', ['ACCUSE asserted Frankreich(FRA)>Polen(POL)']],
    // a verb with its own object keeps it; the "was" clause after it is a comment on the whole
    ['Frankreich kritisierte am Montag Polen, was Spanien begrüßte.', ['ACCUSE asserted Frankreich(FRA)>Polen(POL)']],
  ]);
});

test('a "zu" infinitive clause as the verb\'s object gives the target; "um ... zu" (a purpose) does not', () => {
  check([
    ['Frankreich begrüßte es am Montag, Polen den Status zu verleihen.', ['SUPPORT asserted Frankreich(FRA)>Polen(POL)']],
    ['Frankreich kritisierte es am Montag, Polen die Hilfe zu verweigern.', ['ACCUSE asserted Frankreich(FRA)>Polen(POL)']],
    ['Frankreich protestierte am Montag, um Polen zu helfen.', ['PROTEST asserted Frankreich(FRA)>(FRA)']],
  ]);
});

test('a blockade by civilians is PROTEST obstruct, by the police, an army or a state ASSAULT', () => {
  check([
    ['In Lima blockierten am Montag Studenten eine Straße.', ['PROTEST asserted Studenten(PER)>(PER)']],
    ['In Lima blockierte die Polizei am Montag eine Straße.', ['ASSAULT asserted Polizei(PER)>(PER)']],
    // decided before duplicates are merged: the protest is no repeat of the article's earlier assault
    ['In Lima wurden am Montag zwei Menschen getötet. Südlich von Lima haben Christen eine Straße blockiert.',
      ['ASSAULT asserted Peru(PER)>Menschen(PER)', 'PROTEST asserted Christen(PER)>(PER)']],
  ]);
  assert.equal(analyzeMode('In Lima blockierten am Montag Studenten eine Straße.'), 'obstruct');
});

/** The PLOVER mode of a German text's first event. */
function analyzeMode(text: string): string | null {
  const r = analyze({ id: 't', text, lang: 'de', date: '2024-05-08' }) as Result;
  return r.events[0]?.mode ?? null;
}

test('role compounds of politicians and spokespeople are unnamed agents with a sector', () => {
  check([
    // before, "die Regierung" was taken for the subject of the politician's criticism
    ['Der Oppositionspolitiker kritisierte am Montag die Regierung.', ['ACCUSE asserted Oppositionspolitiker(DEU)>Regierung(DEU)']],
    ['Ein Polizeisprecher kritisierte am Montag die Demonstranten.', ['ACCUSE asserted Polizeisprecher(DEU)>Demonstranten(DEU)']],
    // an international organisation before the role noun: its official speaks for it
    ['Die EU-Außenbeauftragte kritisierte am Montag Russland.', ['ACCUSE asserted Europäische Union(null)>Russland(RUS)']],
  ]);
});

test('a "Bundes-" role or institution noun with no place in its clause is of the home country, not of the state the story names', () => {
  check([
    ['Der Bundesinnenminister kritisierte am Montag Russland.', ['ACCUSE asserted Bundesinnenminister(DEU)>Russland(RUS)']],
    ['Der Bundeskanzler traf am Montag den polnischen Präsidenten.', ['CONSULT asserted Bundeskanzler(DEU)>Polen(POL)']],
    // a place in the clause still wins: the federal chancellor in Vienna is Austrian
    ['In Wien kritisierte der Bundeskanzler am Montag Russland.', ['ACCUSE asserted Bundeskanzler(AUT)>Russland(RUS)']],
  ]);
});

test('a participant after the verb that cannot be its subject by case is no source (the subject names no actor)', () => {
  check([
    // "der Verband" is the subject but no actor; "den Minister" is accusative: no event, not the minister's act
    ['Am Montag kritisierte der Verband den Minister scharf.', []],
    // a plural noun is no subject of a singular verb
    ['Am Montag kritisierte der Verband die Demonstranten scharf.', []],
    // an actor that can be the subject still is
    ['Am Montag kritisierte die Opposition den Minister scharf.', ['ACCUSE asserted Opposition(DEU)>Minister(DEU)']],
  ]);
});

test('declaring solidarity or support ("bekunden", "versichern") carries the event noun', () => {
  check([
    ['Frankreich bekundete seine Solidarität mit Polen.', ['SUPPORT asserted Frankreich(FRA)>Polen(POL)']],
    ['Frankreich versicherte Polen seine Solidarität.', ['SUPPORT asserted Frankreich(FRA)>Polen(POL)']],
    // the noun of an insurance is no light verb
    ['Die Versicherung der Solidarität mit Polen sei wichtig.', []],
  ]);
});

test('German separable verbs: the particle of a forward match closes its clause, else it is a preposition or infinitive marker', () => {
  // [text, a type that must not come from the verb, a reading that must be there ('' for none)]
  const cases: [string, string, string][] = [
    // "zu" followed by its noun phrase: "sagte zu X" reports speech, no promise
    ['Der Minister sagte zu den Vorwürfen, er habe nichts davon gewusst.', 'AGREE', ''],
    // "zu" before an infinitive is no particle of "zusagen"
    ['Der Regierungschef sagte, die Armee versuche, die Rebellen zu vertreiben und das Land zu befrieden.', 'AGREE', ''],
    // "vor" opening a noun phrase is no particle of "vorwerfen"
    ['Der Botschafter warf einen Blick vor die Tür des Ministeriums.', 'ACCUSE', ''],
    // a first "auf" inside the clause is a preposition, the last one closes it: still the request
    ['Die Ministerin forderte die Gewerkschaft zu Gesprächen auf der Grundlage des Angebots auf.', '', 'REQUEST asserted Ministerin(DEU)>Gewerkschaft(DEU)'],
    // a particle before a coordinator closes its clause
    ['Die Opposition lehnte den Plan der Regierung ab und verließ den Saal.', '', 'REJECT asserted Opposition(DEU)>Regierung(DEU)'],
  ];
  for (const [text, not, want] of cases) {
    const got = deEvents(text);
    if (not) assert.ok(!got.some((e) => e.startsWith(`${not} `)), `${text}\n  got ${got.join(' | ')}`);
    if (want) assert.ok(got.includes(want), `${text}\n  want ${want}\n  got ${got.join(' | ')}`);
  }
});

test('German vocabulary: offensives, accusations, doubts, trials, agreements reached with "sich verständigen auf"', () => {
  // [text, a reading that must be there ('' for none), a type that must not be there ('' for none)]
  const cases: [string, string, string][] = [
    // a compound with the head "Offensive" beside a light verb: the subject attacks the place after "in"
    ['Russland begann am Montag eine Großoffensive in der Ukraine.', 'ASSAULT asserted Russland(RUS)>Ukraine(UKR)', ''],
    ['Die Opposition erhob am Montag schwere Anschuldigungen gegen die Regierung.', 'ACCUSE asserted Opposition(DEU)>Regierung(DEU)', ''],
    ['Die Opposition bezweifelte am Montag die Angaben der Regierung.', 'ACCUSE asserted Opposition(DEU)>Regierung(DEU)', ''],
    ['Die Staatsanwaltschaft stellte den früheren Minister Peter Beispiel vor Gericht.', 'ACCUSE asserted Staatsanwaltschaft(DEU)>Peter Beispiel(DEU)', ''],
    ['Der Minister Peter Beispiel wurde in Paris vor Gericht gestellt.', 'ACCUSE asserted Frankreich(FRA)>Peter Beispiel(FRA)', ''],
    ['Regierung und Opposition verständigten sich am Montag auf einen Kompromiss.', 'AGREE asserted Regierung(DEU)>Opposition(DEU)', ''],
    // without "sich ... auf" the verb means to notify
    ['Die Polizei wurde am Montag verständigt.', '', 'AGREE'],
    // a metaphorical offensive is no attack: military compounds only
    ['Die Regierung startete am Montag eine Charmeoffensive gegen die Opposition.', '', 'ASSAULT'],
  ];
  for (const [text, want, not] of cases) {
    const got = deEvents(text);
    if (want) assert.ok(got.includes(want), `${text}\n  want ${want}\n  got ${got.join(' | ')}`);
    if (not) assert.ok(!got.some((e) => e.startsWith(`${not} `)), `${text}\n  got ${got.join(' | ')}`);
  }
});

test('German attribution phrases ("laut", "nach Angaben", "zufolge") name who reports, not who takes part', () => {
  check([
    ['Nach Angaben der Polizei griffen Demonstranten in Minsk die Beamten an.', ['ASSAULT asserted Demonstranten(BLR)>Beamten(BLR)']],
    ['Dem Innenministerium zufolge nahm die Polizei in Kairo zwölf Demonstranten fest.', ['COERCE asserted Polizei(EGY)>Demonstranten(EGY)']],
    ['In China wurde laut Amnesty International ein Journalist getötet.', ['ASSAULT asserted China(CHN)>Journalist(CHN)']],
  ]);
});

test('German vocabulary: congratulations, reprimands, demands, releases, street protests, consultations', () => {
  includes([
    ['Der französische Außenminister beglückwünschte den Präsidenten Italiens zu seinem Wahlsieg.', ['SUPPORT asserted Außenminister(FRA)>Italien(ITA)']],
    ['Die Opposition rügte die Regierung am Montag scharf.', ['ACCUSE asserted Opposition(DEU)>Regierung(DEU)']],
    ['Die Kanzlerin verhöhnte die Opposition im Bundestag.', ['ACCUSE asserted Kanzlerin(DEU)>Opposition(DEU)']],
    ['Die Polizei setzte die Aktivisten am Montag in Minsk wieder auf freien Fuß.', ['RETREAT asserted Polizei(BLR)>Aktivisten(BLR)']],
    ['In Athen gingen am Montag Tausende Menschen gegen die Regierung auf die Straße.', ['PROTEST asserted Menschen(GRC)>Regierung(GRC)']],
    ['Die Regierung Italiens hat dem Vorschlag Frankreichs zugestimmt.', ['AGREE asserted Italien(ITA)>Frankreich(FRA)']],
    ['Die italienischen Minister führten in Paris Konsultationen mit der Regierung Frankreichs.', ['CONSULT asserted Minister(ITA)>Frankreich(FRA)']],
    ['Vor dem Kanzleramt hielten Demonstranten am Montag eine Mahnwache gegen die Regierung ab.', ['PROTEST asserted Demonstranten(DEU)>Regierung(DEU)']],
    ['Die Gewerkschaft veröffentlichte am Montag einen Aufruf an die Regierung.', ['REQUEST asserted Gewerkschaft(DEU)>Regierung(DEU)']],
  ]);
});

test('German talks broken off are a sanction; the agent of a passive light verb is the noun\'s actor', () => {
  includes([
    ['Italien brach die Verhandlungen mit Frankreich am Montag ab.', ['SANCTION asserted Italien(ITA)>Frankreich(FRA)']],
    ['Die Verhandlungen mit Frankreich wurden am Montag von Italien abgebrochen.', ['SANCTION asserted Italien(ITA)>Frankreich(FRA)']],
  ]);
});

test('German evaluative predication: calling something unacceptable accuses, calling a claim baseless rejects it', () => {
  includes([
    ['Die Opposition nannte die Pläne der Regierung unverantwortlich.', ['ACCUSE asserted Opposition(DEU)>Regierung(DEU)']],
    ['Der französische Präsident bezeichnete die Äußerungen des italienischen Ministers als inakzeptabel.', ['ACCUSE asserted Präsident(FRA)>Italien(ITA)']],
    ['Die Forderungen der Gewerkschaft wurden vom Minister als unrealistisch bezeichnet.', ['ACCUSE asserted Minister(DEU)>Gewerkschaft(DEU)']],
    ['Das Ministerium bezeichnete die Vorwürfe der Opposition als haltlos.', ['REJECT asserted Ministerium(DEU)>Opposition(DEU)']],
  ]);
  // "unwahrscheinlich" is no "unwahr", a superlative of danger no accusation
  for (const text of ['Die Regierung hält es für unwahrscheinlich, dass die Wahl verschoben wird.', 'Der Minister bezeichnete den Klimawandel als die gefährlichste Krise.']) {
    assert.deepEqual(deEvents(text).filter((e) => /^(REJECT|ACCUSE) /.test(e)), [], text);
  }
});

test('German "sperren" is censorship or a closed border only with what it blocks; a road closed after an accident is no event', () => {
  includes([
    ['Die türkische Regierung sperrte am Montag den Zugang zu Wikipedia.', ['COERCE asserted Regierung(TUR)>(TUR)']],
    ['China sperrte am Montag die Grenze zu Nordkorea.', ['COERCE asserted China(CHN)>(CHN)']],
  ]);
  check([['Die Autobahn wurde nach dem Unfall in Bayern in beiden Richtungen gesperrt.', []]]);
});

test('German killings caused by natural forces, accidents or disease with no named agent are no attack', () => {
  check([
    ['In Japan wurden am Montag 81 Menschen durch schwere Unwetter getötet.', []],
    ['Bei einem Brand in Koblenz wurde am Montag ein Bewohner getötet.', []],
    ['In Chile wurden am Montag zwölf Menschen durch Schlammlawinen getötet.', []],
  ]);
  includes([
    // a bomb is a weapon, not a natural cause
    ['In Kabul wurden am Montag zwölf Soldaten durch eine Bombe getötet.', ['ASSAULT asserted Afghanistan(AFG)>Soldaten(AFG)']],
    // a named agent still attacks
    ['Die Armee tötete am Montag bei einem Angriff in Kabul zwölf Rebellen.', ['ASSAULT asserted Armee(AFG)>Rebellen(AFG)']],
  ]);
});

test('German particle verbs flagged "joined" match their joined forms in verb-final clauses; zu-infinitives and other particle verbs do not', () => {
  includes([
    ['Weil Israel den Vorschlag Ägyptens ablehnte, brach Ägypten die Gespräche ab.', ['REJECT asserted Israel(ISR)>Ägypten(EGY)']],
    ['Als die Polizei Ungarns den Journalisten Peter Beispiel festnahm, protestierte Österreich.', ['COERCE asserted Ungarn(HUN)>Peter Beispiel(HUN)']],
    ['Die Zeitung berichtete, dass Russland die Vorwürfe der Ukraine zurückwies.', ['REJECT asserted Russland(RUS)>Ukraine(UKR)']],
  ]);
  // "aussetzen" is no joined verb: "der Witterung ausgesetzt" is exposure, no sanction
  for (const text of ['Die Menschen in Chile waren nach dem Beben der Kälte ausgesetzt.', 'Die Regierung Chiles kündigte an, die Demonstranten festzunehmen.']) {
    assert.deepEqual(deEvents(text).filter((e) => /^(SANCTION|COERCE) /.test(e)), [], text);
  }
});

test('German case roles: a name in the genitive after a noun stands in the case of that noun\'s phrase', () => {
  check([
    // "Dem Präsidenten Russlands" is dative, "Den Präsidenten Russlands" accusative: objects opening the clause
    ['Dem Präsidenten Russlands warf Frankreich Kriegsverbrechen vor.', ['ACCUSE asserted Frankreich(FRA)>Russische Föderation(RUS)']],
    ['Den Präsidenten Russlands kritisierte Frankreich scharf.', ['ACCUSE asserted Frankreich(FRA)>Russische Föderation(RUS)']],
    // nominative: still the subject
    ['Der Präsident Russlands kritisierte Frankreich scharf.', ['ACCUSE asserted Russische Föderation(RUS)>Frankreich(FRA)']],
  ]);
});

test('German dative recipients of deliveries, partners of refused talks, announced strikes, agreements reached', () => {
  includes([
    // the dative object receives the delivery
    ['Die USA lieferten der Ukraine Waffen.', ['AID asserted USA(USA)>Ukraine(UKR)']],
    // refusing talks with someone is refusing that someone
    ['Die Regierung Irans lehnte Gespräche mit den USA ab.', ['REJECT asserted Iran(IRN)>USA(USA)']],
    // an announced strike is a planned protest (coded THREATEN by the manual's status rules)
    ['Die Gewerkschaft kündigte für Montag einen Streik gegen die Regierung an.', ['THREATEN planned Gewerkschaft(DEU)>Regierung(DEU)']],
    // "eine Einigung erzielen" carries the agreement
    ['Serbien und das Kosovo erzielten in Brüssel eine Einigung über die Grenzübergänge.', ['AGREE asserted Serbien(SRB)>Kosovo(XKX)']],
  ]);
});

test('German dispersal of a demonstration by the police is coercion, not a protest of the police', () => {
  check([['Die Polizei löste die Kundgebung der Opposition in Kairo am Sonntag auf.', ['COERCE asserted Polizei(EGY)>Opposition(EGY)']]]);
});

test('German agentless passive killings take the actor in the genitive of an attack named as their circumstance', () => {
  includes([['Bei Luftangriffen Israels im Gazastreifen wurden zwölf Menschen getötet.', ['ASSAULT asserted Israel(ISR)>Menschen(PSE)']]]);
  // a protest is no attack: its genitive is no killer
  assert.ok(!deEvents('Bei Protesten der Opposition wurden in Kairo zwölf Menschen getötet.').some((e) => e.startsWith('ASSAULT asserted Opposition')));
});

test('German genitive attributes inside a prepositional phrase take its preposition, and stay the genitive of an event noun', () => {
  includes([
    // "mit dem Präsidenten der USA": the partner after "mit"
    ['Der Präsident der Ukraine hat am Montag mit dem Präsidenten der USA telefoniert.', ['CONSULT asserted Ukraine(UKR)>USA(USA)']],
    // the genitive of an event noun opening a circumstance still names its participant
    ['Nach der Festnahme des Journalisten durch die Polizei Ungarns protestierte Österreich.', ['COERCE asserted Ungarn(HUN)>Journalisten(HUN)']],
  ]);
});
