/** Table tests of rule 1 (role nouns and titles), in our own sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseFound } from './testing.js';

/** [lang, sentence, `name/role/country` of the name the role introduces] */
const CASES: ['de' | 'en', string, string][] = [
  ['de', 'Gestern sprach Verteidigungsminister Karl Brenner vor Soldaten.', 'Karl Brenner/defence minister/'],
  ['de', 'Der US-Präsident Ronald Quist reiste ab.', 'Ronald Quist/president/USA'],
  ['de', 'Er traf seinen chinesischen Amtskollegen Li Wei.', 'Li Wei/counterpart/CHN'],
  ['de', 'Landesverkehrsminister Tobias Rehm eröffnete die Brücke.', 'Tobias Rehm/transport minister/'],
  ['en', 'Secretary of State Anna Lorne arrived late.', 'Anna Lorne/secretary of state/'],
  // occupations, also with an indefinite article (compound heads count from five letters: not "Chefarzt")
  ['de', 'Der Psychologe Wendtner schwieg dazu.', 'Wendtner/psychologist/'],
  ['de', 'Ein Psychiater Holbeck soll ihn untersuchen.', 'Holbeck/psychiatrist/'],
];

test('a role noun or title gives the name after it the role (and a country from prefix or adjective)', () => {
  for (const [lang, text, expected] of CASES) {
    const got = recogniseFound(lang, text).filter((f) => f.role).map((f) => `${text.slice(f.start, f.end)}/${f.role}/${f.country ?? ''}`);
    assert.deepEqual(got, [expected], text);
  }
});

test('a role compound with a country prefix also gives the prefix as MISC (rule role)', () => {
  const text = 'Ein US-Diplomat namens Peter Gall schwieg.';
  const got = recogniseFound('de', text).filter((f) => f.rule === 'role').map((f) => `${text.slice(f.start, f.end)}/${f.type}/${f.kind}`);
  assert.deepEqual(got, ['US/MISC/prefix']);
});
