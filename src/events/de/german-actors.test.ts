/**
 * Table tests of who the German events are done by and to (sentences written for these tests):
 * international organisations and officials keep no country; truncated and hyphen compounds;
 * capitals and seats of groups; politicians and named actors in the story country; coordinated
 * subjects and objects; compound actor nouns; nationality adjectives (docs/events.md, "Session 5,
 * who"). Reading: "TYPE status source(COUNTRY)>target(COUNTRY)".
 *
 * @example
 * node --import tsx --test src/events/de/german-actors.test.ts
 */
import { test } from 'node:test';
import { check, includes } from './german-cases.js';

test('international courts and NGOs take neither the place nor the story country (IGO)', () => {
  includes([
    ['Amnesty International verurteilte am Montag die Festnahme der Journalisten in Kairo.', ['ACCUSE asserted Amnesty International(null)>Ägypten(EGY)']],
    ['Human Rights Watch warf der Polizei in Nairobi Folter vor.', ['ACCUSE asserted Human Rights Watch(null)>Polizei(KEN)']],
  ]);
});

test('a hyphenated group of an international organisation and a truncated compound name their organisation or state', () => {
  includes([
    // "NATO-Truppen": the organisation's members act (the organisation's name alone is a MISC mention)
    ['NATO-Truppen griffen in der Provinz Helmand Stellungen der Taliban an.', ['ASSAULT asserted NATO(null)>Taliban(AFG)']],
    // "NATO- und afghanische Truppen": the hyphen stands for the head the next word shares
    ['Bei Kandahar griffen NATO- und afghanische Truppen Stellungen der Taliban an.', ['ASSAULT asserted NATO(null)>Taliban(AFG)']],
    ['US- und EU-Vertreter kritisierten die Regierung in Kabul.', ['ACCUSE asserted USA(USA)>Kabul(AFG)']],
  ]);
});

test('a group in a capital or town the recogniser missed takes its country ("die Regierung in Khartum")', () => {
  includes([
    ['Die Regierung in Khartum kritisierte Frankreich scharf.', ['ACCUSE asserted Regierung(SDN)>(FRA)']],
    // a town the recogniser missed, placed by the capitals table: the arrest is Georgian, the arrested Russian
    ['In Tiflis nahm die Polizei am Montag zwei Russen fest.', ['COERCE asserted Polizei(GEO)>Russische Föderation(RUS)']],
  ]);
});

test('each member of a coordinated subject does the act (one event each); two may be partners, three are not', () => {
  check([
    ['China, Indien, Brasilien und Russland kritisierten am Montag die USA scharf.', [
      'ACCUSE asserted Brasilien(BRA)>USA(USA)', 'ACCUSE asserted China(CHN)>USA(USA)', 'ACCUSE asserted Indien(IND)>USA(USA)', 'ACCUSE asserted Russland(RUS)>USA(USA)',
    ]],
    ['China und Russland kritisierten die USA.', ['ACCUSE asserted China(CHN)>USA(USA)', 'ACCUSE asserted Russland(RUS)>USA(USA)']],
    // three or more are no pair of partners: each condemns what the verb governs
    ['Frankreich, Italien und Spanien verurteilten den Angriff auf Kiew.', [
      'ACCUSE asserted Italien(ITA)>Kiew(UKR)', 'ACCUSE asserted Frankreich(FRA)>Kiew(UKR)', 'ACCUSE asserted Spanien(ESP)>Kiew(UKR)',
    ]],
    // two are partners of an act done together
    ['Frankreich und Italien unterzeichneten ein Abkommen.', ['AGREE asserted Frankreich(FRA)>Italien(ITA)']],
    // commas alone join an apposition, not a list: one event
    ['Frankreich, das Gastgeberland, kritisierte am Montag Russland scharf.', ['ACCUSE asserted Frankreich(FRA)>Russland(RUS)']],
  ]);
});

test('politicians of the registry keep their home country in a story about another country', () => {
  includes([
    ['Merkel und Sarkozy trafen Obama in Washington.', ['CONSULT asserted Angela Merkel(DEU)>Nicolas Sarkozy(FRA)']],
  ]);
});

test('the story country counts the home countries of the persons and organisations it names (half a place each)', () => {
  check([
    // two German politicians in the lead outweigh a foreign place named once: the opposition is German
    ['Guido Westerwelle und Sigmar Gabriel stritten am Montag über den Einsatz in Afghanistan. Die Opposition warf der Regierung Wahlkampf vor.',
      ['ACCUSE asserted Opposition(DEU)>Regierung(DEU)']],
    // so do parties with their home country
    ['SPD und CSU stritten am Montag über den Einsatz in Afghanistan. Die Opposition warf der Regierung Wahlkampf vor.',
      ['ACCUSE asserted Opposition(DEU)>Regierung(DEU)']],
    // without them the place decides
    ['Der Einsatz in Afghanistan wird teurer. Die Opposition warf der Regierung Wahlkampf vor.', ['ACCUSE asserted Opposition(AFG)>Regierung(AFG)']],
  ]);
});

test('an office in an international organisation makes an international official (no country)', () => {
  includes([
    ['Der Präsident des Jugoslawien-Tribunals, Theodor Meron, kritisierte am Montag Serbien scharf.', ['ACCUSE asserted Theodor Meron(null)>Serbien(SRB)']],
    ['ICTY-Chefankläger Serge Brammertz kritisierte am Montag Serbien scharf.', ['ACCUSE asserted Serge Brammertz(null)>Serbien(SRB)']],
    // a national office stays national
    ['Der serbische Justizminister Milan Petrović kritisierte am Montag das Tribunal scharf.', ['ACCUSE asserted Milan Petrović(SRB)>(SRB)']],
  ]);
});

test('a hyphen compound of an organisation names its members, and modifies no participant after its verb', () => {
  check([
    ['Die EU-Staaten kritisierten Russland scharf.', ['ACCUSE asserted Europäische Union(null)>Russland(RUS)']],
    // a role noun as the head: the organisation's ministers
    ['Die EU-Außenminister forderten Serbien zur Zusammenarbeit auf.', ['REQUEST asserted Europäische Union(null)>Serbien(SRB)']],
    // a title right before a name still folds into it
    ['US-Präsident Donald Trump kritisierte China scharf.', ['ACCUSE asserted Donald Trump(USA)>China(CHN)']],
  ]);
});

test('registry: a politician of earlier years keeps his home country', () => {
  includes([
    ['Jean-Claude Juncker kritisierte am Montag Frankreich scharf.', ['ACCUSE asserted Jean-Claude Juncker(LUX)>Frankreich(FRA)']],
  ]);
});

test('compound actor nouns: the head is the actor type, the first part the group or country', () => {
  includes([
    // a named group the recogniser typed MISC before a group noun
    ['Hisbollah-Kämpfer griffen israelische Soldaten an.', ['ASSAULT asserted Hisbollah(LBN)>Soldaten(ISR)']],
    // group nouns of forces and leaders (lexicons/de/event-collectives.tsv)
    ['Polizeikräfte nahmen in Kairo zwölf Demonstranten fest.', ['COERCE asserted Polizeikräfte(EGY)>Demonstranten(EGY)']],
    ['Der Rebellenführer drohte der Regierung in Khartum.', ['THREATEN asserted Rebellenführer(SDN)>Regierung(SDN)']],
  ]);
});

test('nationality adjectives of every state, also capitalised as the first word before a group noun', () => {
  includes([
    ['Jemenitische Soldaten griffen Stellungen der Rebellen an.', ['ASSAULT asserted Soldaten(YEM)>Rebellen(YEM)']],
    ['Saudische Soldaten griffen Stellungen der Rebellen im Jemen an.', ['ASSAULT asserted Soldaten(SAU)>Rebellen(YEM)']],
  ]);
});

test('each member of a coordinated object receives the act, also after a preposition before the first', () => {
  check([
    ['Die USA kritisierten China und Russland scharf.', ['ACCUSE asserted USA(USA)>China(CHN)', 'ACCUSE asserted USA(USA)>Russland(RUS)']],
    ['Merkel führte Gespräche mit Frankreich und Italien.', ['CONSULT asserted Angela Merkel(DEU)>Frankreich(FRA)', 'CONSULT asserted Angela Merkel(DEU)>Italien(ITA)']],
  ]);
});

test('demonym nouns of persons: members of a list, and no modifier of the object after the verb', () => {
  check([
    ['Israelis und Palästinenser kritisierten die UN.', ['ACCUSE asserted Israel(ISR)>Vereinte Nationen(null)', 'ACCUSE asserted Staat Palästina(PSE)>Vereinte Nationen(null)']],
    // the adjective still modifies its noun
    ['Chinesische Unternehmen kritisierten die EU.', ['ACCUSE asserted Unternehmen(CHN)>Europäische Union(null)']],
  ]);
});

test('a person takes the organisation of the title before the name; the predicate after the name is no apposition', () => {
  includes([
    ['Der Sprecher des Auswärtigen Amts, Martin Jäger, kritisierte Russland.', ['ACCUSE asserted Martin Jäger(DEU)>Russland(RUS)']],
    ['Die Sprecherin der Bundesregierung, Anna Beispiel, kritisierte Russland.', ['ACCUSE asserted Anna Beispiel(DEU)>Russland(RUS)']],
    // an international organisation of two words
    ['Der Chef der Arabischen Liga, Amr Mussa, kritisierte Israel.', ['ACCUSE asserted Amr Mussa(null)>Israel(ISR)']],
  ]);
});

test('an international official acts for the organisation, not the home country the name list gives', () => {
  includes([
    ['Ursula von der Leyen kritisierte China scharf.', ['ACCUSE asserted Ursula von der Leyen(null)>China(CHN)']],
  ]);
});

test('parties and armed groups of other countries keep their home country, also when taken for a person', () => {
  includes([
    ['Fidesz kritisierte die EU-Kommission scharf.', ['ACCUSE asserted Fidesz(HUN)>EU-Kommission(null)']],
  ]);
});

test('an unnamed agent in a report of several countries acts in the state the sentence before names (both sides)', () => {
  includes([
    ['Die Organisation legte am Montag ihren Bericht vor. In China wurden 50 Journalisten festgenommen. China sperrte zudem viele Webseiten. Auch Belarus verschärfte den Druck auf Reporter. Zwei Reporter wurden zu langen Haftstrafen verurteilt.',
      ['ACCUSE asserted Belarus(BLR)>Reporter(BLR)']],
    ['Die Organisation legte am Montag ihren Bericht vor. In China wurden 50 Journalisten festgenommen. China sperrte zudem viele Webseiten. In Kuba ist die Lage kaum besser. Dort wurden drei Reporter festgenommen.',
      ['COERCE asserted Kuba(CUB)>Reporter(CUB)']],
  ]);
});
