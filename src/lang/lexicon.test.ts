import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLexicon } from './lexicon.js';

test('parseLexicon drops header and blank lines and splits columns on TAB', () => {
  const cases: [string, string[][]][] = [
    ['# header\n\nsagte\tsagen\n', [['sagte', 'sagen']]],
    ['a\r\n# x\nb\tc\td', [['a'], ['b', 'c', 'd']]],
    ['# only a header', []],
    ['x\r\r\n\r\n \t \n  a  \t b \r\n#c\td\n', [['x'], ['a', 'b']]],
    ['', []],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseLexicon(input), expected, input);
});
