import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startsLower, startsUpper } from './letter-case.js';

test('startsLower / startsUpper answer as the Unicode property regexes (table)', () => {
  const cases: [string, boolean, boolean][] = [
    ['griff', true, false],
    ['Angriff', false, true],
    ['ärger', true, false],
    ['Überfall', false, true],
    ['ßtraße', true, false],
    ['Ωmega', false, true],
    ['3M', false, false],
    ['-', false, false],
    ['', false, false],
    ['«Nein', false, false],
    ['z', true, false],
    ['Z', false, true],
    ['\u{1D400}x', false, true], // mathematical bold A: an upper-case letter outside the BMP
  ];
  for (const [w, lower, upper] of cases) {
    assert.equal(startsLower(w), lower, `lower ${w}`);
    assert.equal(startsUpper(w), upper, `upper ${w}`);
    assert.equal(startsLower(w), /^\p{Ll}/u.test(w), `regex lower ${w}`);
    assert.equal(startsUpper(w), /^\p{Lu}/u.test(w), `regex upper ${w}`);
  }
});
