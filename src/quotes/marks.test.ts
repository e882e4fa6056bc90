import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteSegments } from './marks.js';

// [text, expected quoted strings (top level, marks included)]; sentences written for this test
const CASES: [string, string[]][] = [
  ['Er sagte: „Wir kommen.“ Dann ging er.', ['„Wir kommen.“']],
  ['Sie nannte es »einen Erfolg«, sagte sie.', ['»einen Erfolg«']],
  ['Il a dit «oui» hier.', ['«oui»']],
  ['He said, "We will win." Then he left.', ['"We will win."']],
  ['He said, “We will win,” and left.', ['“We will win,”']],
  ['„Das ist ‚kein‘ Problem“, sagte er.', ['„Das ist ‚kein‘ Problem“']],
  ['»Es gibt ›keinen‹ Plan«, so sie.', ['»Es gibt ›keinen‹ Plan«']],
  ['Don’t say ‘never’, she said.', ['‘never’']],
  ["It's 'fine', he said.", ["'fine'"]],
  ["''I was shocked,'' she told me.", ["''I was shocked,''"]],
  ['„Erst das.“ Und „dann das“.', ['„Erst das.“', '„dann das“']],
  ['"First paragraph\n"Second."', ['"First paragraph', '"Second."']],
  ['Wie kommt’s? Niemand weiß es.', []],
  ['„Wir kommen.” Er ging.', ['„Wir kommen.”']],
];

test('quoteSegments pairs marks of every style', () => {
  for (const [text, want] of CASES) {
    const got = quoteSegments(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, want, text);
  }
});

test('an unclosed quote ends at the line break and is marked unclosed', () => {
  const text = 'Er sagte: „Wir kommen\nDann.';
  const [seg] = quoteSegments(text);
  assert.equal(seg.closed, false);
  assert.equal(text.slice(seg.start, seg.end), '„Wir kommen');
});
