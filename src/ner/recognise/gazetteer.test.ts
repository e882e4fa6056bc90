/** Table tests of rule 4 (gazetteer, longest match, and what extends it), in our own sentences. */
import { test } from 'node:test';
import { checkTable, type RuleCase } from './rule-table.js';

const CASES: RuleCase[] = [
  ['de', 'Die Siemens AG baut ein Werk.', ['Siemens AG/ORG/gazetteer'], []],
  // a press service in the credit line
  ['de', 'Bonn ( ots ) - Der Verein lädt ein .', ['ots/ORG/gazetteer'], []],
  ['de', 'Die Delegation flog von Moskau nach Genf.', ['Moskau/GPE/gazetteer', 'Genf/GPE/gazetteer'], []],
  ['de', 'Die Strecke Köln/Bonn ist gesperrt.', ['Köln/Bonn/LOC/gazetteer'], []],
  ['de', 'Die Vereinten Nationen tagen.', ['Vereinten Nationen/ORG/gazetteer'], []],
  // a function word at the start of a sentence is not the river or town of that name
  ['de', 'Oder wir warten bis morgen.', [], ['Oder']],
  // a town that is also a common noun, inside a noun phrase, is the noun ("Bergen": mountains)
  ['de', 'Sie wandern in den hohen Bergen.', [], ['Bergen']],
  ['de', 'Die Fähre fährt nach Bergen.', ['Bergen/GPE/gazetteer'], []],
  // a listed organisation + words the German morphology does not know (English) or an acronym
  ['de', 'Laut Fraunhofer FKX steigt der Wert .', ['Fraunhofer FKX/ORG/gazetteer'], []],
  ['de', 'Die Siemens Mitarbeiter streiken .', ['Siemens/ORG/gazetteer'], ['Siemens Mitarbeiter']],
  // a town + a foreign plural is a team
  ['de', 'Die Chicago Hawkers gewannen gestern .', ['Chicago Hawkers/ORG/gazetteer'], []],
  ['de', 'Die Chicago Filialen schließen .', ['Chicago/GPE/gazetteer'], []],
  // a known surname's genitive after a place is no team ("die Zölle der USA Trumps")
  ['de', 'Donald Trump kam . Die Zölle der USA Trumps steigen .', ['USA/GPE/gazetteer'], ['USA Trumps']],
  // English: a town or state + a capitalised plural (also a demonym plural) is a team; not an event head
  ['en', 'The Chicago Hawkers won.', ['Chicago Hawkers/ORG/gazetteer'], []],
  ['en', 'The Boston Indians lost.', ['Boston Indians/ORG/gazetteer'], []],
  ['en', 'The London Games opened.', ['London Games/MISC/gazetteer'], []],
  // a town spelled like a name particle before a name is the start of a family name
  ['en', 'A pass from Van der Quarnby set it up.', ['Van der Quarnby/PER/capitalised-run'], []],
  ['en', 'They flew to Van on Monday.', ['Van/GPE/gazetteer'], []],
  // English exonyms and regions no package lists
  ['en', 'Rain fell across the Midwest and in Munich.', ['Midwest/LOC/gazetteer', 'Munich/GPE/gazetteer'], []],
  // former and variant country names
  ['en', 'Talks with Byelorussia and Kazakstan ended.', ['Byelorussia/GPE/gazetteer', 'Kazakstan/GPE/gazetteer'], []],
  // a country, region or sea + "City" is a city; a town + "City" a club
  ['en', 'The fight is in Kuwait City tonight.', ['Kuwait City/GPE/gazetteer'], []],
  ['en', 'Leicester City lost.', ['Leicester City/ORG/gazetteer'], []],
  // an institution noun standing alone before its town is one organisation
  ['de', 'Die Schüler der Realschule Bremen sammelten Geld .', ['Realschule Bremen/ORG/gazetteer'], []],
  ['de', 'Das Klinikum Bremen stellt ein .', ['Klinikum Bremen/ORG/gazetteer'], []],
  ['de', 'Die Schüler der Schule in Bremen sammelten Geld .', ['Bremen/GPE/gazetteer'], []],
  ['de', 'Die Firma Quellbau Bremen wächst .', [], ['Quellbau Bremen']],
  ['en', 'She won the U.S. Open last year.', ['U.S. Open/MISC/gazetteer'], []],
  // a one-word town after a verb of saying, closing the clause, is a person named like it
  ['de', 'Das sei gut , sagte Lübeck .', ['Lübeck/PER/capitalised-run'], []],
  ['en', 'It went well , said Leeds .', ['Leeds/PER/capitalised-run'], []],
  ['en', 'It went well , said Israel .', ['Israel/GPE/gazetteer'], []],
  ['de', 'Das sei gut , sagte Lübeck am Abend .', ['Lübeck/GPE/gazetteer'], []],
  ['de', 'Der Sprecher kritisierte Russland .', ['Russland/GPE/gazetteer'], []],
  ['en', 'Shares fell on the New York Stock Exchange.', ['New York Stock Exchange/ORG/gazetteer'], []],
  // the last organisation word of the run ends the name, also an organisation head word
  ['en', 'Call the Boston Energy Desk for prices.', ['Boston Energy Desk/ORG/gazetteer'], []],
  ['en', 'Contact the Madrid Newsroom for details.', ['Madrid Newsroom/ORG/gazetteer'], []],
];

test('the longest listed name, extended by legal form, organisation, event head, slash place', () => checkTable(CASES));
