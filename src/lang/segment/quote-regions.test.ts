import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteRegions } from './quote-regions.js';

test('quotation marks pair up, apostrophes do not, attribution is seen', () => {
  const cases: [string, string[]][] = [
    ['»Ja. Gut«, sagte er.', ['»Ja. Gut«+']],
    ['Er sagte: »Ja.« Dann ging er.', ['»Ja.«-']],
    ['«Oui», dit-il.', ['«Oui»+']],
    ['„Wir kommen“, sagte sie.', ['„Wir kommen“+']],
    ['Sie rief ‚Halt!‘ und lief.', ['‚Halt!‘+']],
    ['"We won," he said. "Great."', ['"We won,"+', '"Great."-']],
    ['Wie geht’s? Er sagt „gut“.', ['„gut“-']],
    ['“It’s over,” she said.', ['“It’s over,”+']],
    ['»Offen« und »gut«', ['»Offen«+', '»gut«-']],
    ['»Nicht geschlossen\n« am Zeilenanfang', []],
  ];
  for (const [input, expected] of cases) {
    const got = quoteRegions(input, 0, input.length).map((q) => input.slice(q.open, q.close + 1) + (q.attributed ? '+' : '-'));
    assert.deepEqual(got, expected, input);
  }
});
