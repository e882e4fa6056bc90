/** Table tests of rule 8 (runs of capitalised words), in our own sentences. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nerData } from '../data.js';
import { endsWithContext } from './capitalised-run.js';
import { RecogniserState } from './state.js';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  // typed by a speech verb, an age in brackets, a party, a family-name ending, "so" after a quote
  ['de', 'Das sei falsch, sagte Kolb am Abend.', ['Kolb/PER/capitalised-run'], []],
  ['de', 'Auch Brettschneider (54) kam.', ['Brettschneider/PER/capitalised-run'], []],
  ['de', '„Wir bleiben“, so Wuttke.', ['Wuttke/PER/capitalised-run'], []],
  ['de', 'Die Fähre fuhr nach Kreischa und weiter.', [], []],
  ['de', 'Er zog in Kreischa ein.', ['Kreischa/LOC/capitalised-run'], []],
  // several capitalised words (no noun, no first name) after "in" are a place, not a person
  ['de', 'Die Tagung fand in Bad Quellbrunn Nord statt.', ['Bad Quellbrunn Nord/LOC/capitalised-run'], []],
  ['de', 'Die Tagung fand in Kleinwendt Quellmar statt.', ['Kleinwendt Quellmar/LOC/capitalised-run'], []],
  ['de', 'Die Tagung fand mit Kleinwendt Quellmar statt.', ['Kleinwendt Quellmar/PER/capitalised-run'], []],
  // organisations: suffix word, club prefix, acronym
  ['de', 'Der 1. FC Köln verlor in Osnabrück.', ['1. FC Köln/ORG/capitalised-run'], []],
  ['de', 'Das berichtete die KVX am Montag.', ['KVX/ORG/capitalised-run'], []],
  // products and programmes are MISC, common nouns and sentence-initial words nothing
  ['de', 'Die Reform Hartz IV bleibt umstritten.', ['Hartz IV/MISC/capitalised-run'], []],
  // a title between quotation marks is no person
  ['de', 'Die Gruppe „ Silver Kites “ trat auf.', ['Silver Kites/MISC/capitalised-run'], []],
  // a participle ending the clause is no finite verb after a name
  ['de', 'Dabei wird Blei durch Zinnober ersetzt.', [], ['Zinnober']],
  ['de', 'Die Regierung und die Opposition streiten.', [], ['Regierung', 'Opposition']],
  ['de', 'Gestern regnete es.', [], ['Gestern']],
  ['en', 'Shares of Fenwick rose.', ['Fenwick/ORG/capitalised-run'], []],
  // a word the German lexicon does not know, where German puts a person: before a finite verb
  // in the third person singular, as an inverted subject, as a genitive before a noun
  ['de', 'Wendtner bestätigte den Plan am Abend.', ['Wendtner/PER/capitalised-run'], []],
  ['de', 'Dann hatte sich Pilgrimm darauf berufen.', ['Pilgrimm/PER/capitalised-run'], []],
  ['de', 'Im Herbst vergab aber Ruhnke die Chance.', ['Ruhnke/PER/capitalised-run'], []],
  ['de', 'Kurz vor Schluss traf dann Ruhnke per Kopf.', ['Ruhnke/PER/capitalised-run'], []],
  ['de', 'Wendtner wiederum war nicht eingeladen.', ['Wendtner/PER/capitalised-run'], []],
  ['de', 'Dann wartet sie auf Pilgrimm am Tor.', [], ['Pilgrimm']],
  ['de', 'Man lobte Pilgrimms Entscheidung.', ['Pilgrimms/PER/capitalised-run'], []],
  ['de', 'Frage: Wie geht es weiter? Brunnhuber : Ich weiß es nicht.', ['Brunnhuber/PER/capitalised-run'], []],
  // ... before a masculine relative pronoun after a comma (not a feminine or neuter one: firms, towns)
  ['de', 'Der Ball ging zu Ruhnke , der sofort schoss .', ['Ruhnke/PER/capitalised-run'], []],
  ['de', 'Die Wege führen nach Quellmar , das am Fluss liegt .', [], ['Quellmar']],
  // a double name of unknown words, typed by the same evidence as a single one
  ['de', 'Das reicht , sagte Wendtner-Pilgrimm am Abend .', ['Wendtner-Pilgrimm/PER/capitalised-run'], []],
  ['de', 'Wendtner-Pilgrimm bestätigte den Plan .', ['Wendtner-Pilgrimm/PER/capitalised-run'], []],
  ['de', 'Die Wendtner-Pilgrimm Stiftung tagt .', [], ['Wendtner-Pilgrimm']],
  // ... but not a known word (noun, pronominal adverb), nor an unknown word after a place preposition
  ['de', 'Darin liegt das Problem.', [], ['Darin']],
  ['de', 'Vieles bleibt offen.', [], ['Vieles']],
  ['de', 'Der Bus fährt nach Wendtnerode weiter.', [], []],
  // a word whose readings are all common nouns is no name without context ...
  ['de', 'Das Drama endet im Herbst mit Streit.', [], ['Drama']],
  ['de', 'Am Ende sprach Müller nicht mehr.', [], ['Müller']],
  // ... unless a speech verb, a role or brackets say otherwise
  ['de', 'Das sei gut, sagte Müller am Abend.', ['Müller/PER/capitalised-run'], []],
  ['de', 'Auch Schäfer (61) kam.', ['Schäfer/PER/capitalised-run'], []],
  // a gender-inclusive plural with a capital I inside is a common noun, even before a number in brackets
  ['de', 'Tipps für ( neue ) ArchivarInnen ( 4 ) folgen .', [], ['ArchivarInnen']],
  // a word of more than 14 letters the morphology does not know is a technical compound, no name
  ['de', 'Trichlorfluormethan ist giftig .', [], ['Trichlorfluormethan']],
  // an unknown word after a place preposition and a lower-case regional adjective is a place
  ['de', 'Die Teile werden im schottischen Quarnby gefertigt .', ['Quarnby/GPE/capitalised-run'], []],
  ['de', 'Er sprach im englischen Parlament .', [], ['Parlament']],
  // "Richtung" introduces a place
  ['de', 'Der Wagen kam aus Richtung Quarnby .', ['Quarnby/GPE/capitalised-run'], []],
  // historical figures named by the surname alone (common ner-persons); not a listed name that is a noun
  ['de', 'Später las er Goethe und Schiller .', ['Goethe/PER/capitalised-run', 'Schiller/PER/capitalised-run'], []],
  ['de', 'Das Wasser fließt in den Bach .', [], ['Bach']],
  // a noun before a known surname's genitive is no part of the name
  ['de', 'Sie sprach mit Beratern Adenauers .', ['Adenauers/PER/capitalised-run'], ['Beratern Adenauers']],
  ['de', 'Olaf Scholz kam . Sie sprach mit Vertrauten Scholz .', ['Scholz/PER/capitalised-run'], ['Vertrauten Scholz']],
  // a company name's last word (`ner-org-suffixes`)
  ['en', 'Analysts at Quarnby Data Services said so.', ['Quarnby Data Services/ORG/capitalised-run'], []],
  // names joined by "&" are a firm, even with a first name inside
  ['en', 'Shares of Douglas & Quarnby rose.', ['Douglas & Quarnby/ORG/capitalised-run'], []],
  // an English club prefix takes its town: one organisation
  ['en', 'They beat Dynamo Leeds on Sunday.', ['Dynamo Leeds/ORG/capitalised-run'], ['Leeds']],
  ['en', 'Rotor Bristol lost again.', ['Rotor Bristol/ORG/capitalised-run'], ['Bristol']],
  // English: "the outskirts of X", "south of X" introduce a place
  ['en', 'Troops shelled the outskirts of Qarvandi .', ['Qarvandi/GPE/capitalised-run'], []],
  // English: a place noun in lower case after a lone name makes it a place
  ['en', 'Troops moved into the eastern Qarvandi province .', ['Qarvandi/GPE/capitalised-run'], []],
  // English sports results and tables: a lone first word before a score or a table row is a team
  ['en', 'Wexcombe 3 Leeds 1', ['Wexcombe/ORG/capitalised-run'], []],
  ['en', 'Wexcombe 4 2 1 1 6 4 7', ['Wexcombe/ORG/capitalised-run'], []],
  ['en', 'Quarnby Vale 4 2 1 1 6 4 7', ['Quarnby Vale/ORG/capitalised-run'], []],
  ['en', 'Wexcombe 21 Quarnby Vale 10', ['Quarnby Vale/ORG/capitalised-run'], []],
  // English: a lone first word is a person when a verb follows, not when it ends like a common word
  ['en', 'Kowalczyk said the talks had failed.', ['Kowalczyk/PER/capitalised-run'], []],
  ['en', 'Officials said the talks had failed.', [], ['Officials']],
  ['en', 'Separately , the talks failed.', [], ['Separately']],
  ['en', 'Obradek , a caretaker who lives there , said so.', ['Obradek/PER/capitalised-run'], []],
  // ... and a lone unknown word is a person, not an organisation, in a person's context
  ['en', 'He met his wife Ilvana in Paris.', ['Ilvana/PER/capitalised-run'], []],
  ['en', 'The 31-year-old Obradek scored twice.', ['Obradek/PER/capitalised-run'], []],
  ['en', 'Obradek , who had been injured , scored twice.', ['Obradek/PER/capitalised-run'], []],
  ['en', 'Obradek , 31 , scored twice.', ['Obradek/PER/capitalised-run'], []],
  ['en', 'Obradek , whose knee hurt , scored twice.', ['Obradek/PER/capitalised-run'], []],
  ['en', 'Obradek , whom the club released , signed elsewhere.', ['Obradek/PER/capitalised-run'], []],
  // a town after an initial is a family name
  ['en', 'Kent 210 ( J. Leeds 54 ) .', ['J. Leeds/PER/capitalised-run'], []],
  // a pitcher's won-lost record in brackets
  ['en', 'Wexcombe ( 14-10 ) allowed two runs .', ['Wexcombe/PER/capitalised-run'], []],
  // cricket scorecards: catch, bowler and stumping marks before, a bowler's figures after
  ['en', 'J. Hollby c Obradek b Wenzlaff 14', ['Obradek/PER/capitalised-run', 'Wenzlaff/PER/capitalised-run'], []],
  ['en', 'Bowling : Obradek 9-1-33-2 , Wenzlaff 10-0-51-1', ['Obradek/PER/capitalised-run', 'Wenzlaff/PER/capitalised-run'], []],
];

test('runs of capitalised words: common nouns dropped, typed by suffix, context and evidence', () => checkTable(CASES));

// endsWithContext keeps its answers per word AND class: the same word asked for two classes
// (org-intro, media-intro) gets each class's own answer, also when asked again from the memo
test('endsWithContext: memoised answers are per class', () => {
  const s = new RecogniserState(nerData('de'), { surnames: new Map() });
  for (let round = 0; round < 2; round++) {
    assert.equal(endsWithContext(s, 'softwarekonzern', 'org-intro'), true);
    assert.equal(endsWithContext(s, 'softwarekonzern', 'media-intro'), false);
    assert.equal(endsWithContext(s, 'nachrichtenmagazin', 'media-intro'), true);
    assert.equal(endsWithContext(s, 'nachrichtenmagazin', 'loc-intro'), false);
  }
});
