import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues } from './cues.js';

test('cue matcher: words, prefixes, compound heads, gaps (table)', () => {
  const m = compileCues([['nicht mehr', 'bg'], ['*zölle', 'sanction'], ['sanktion*', 'sanction'], ['kein* ... mehr', 'bg'], ['human rights', 'hr']]);
  const cases: [string, string][] = [
    ['die us-zölle steigen', 'sanction:1-1'],
    ['neue sanktionen gegen', 'sanction:1-1'],
    ['kauft nicht mehr soja', 'bg:1-2'],
    ['keine nvidia-chips mehr zu', 'bg:0-2'],
    ['keine chips', ''],
    ['zölle', ''], // "*x" needs more than x
    ['for human rights groups', 'hr:1-2'],
  ];
  for (const [text, want] of cases) {
    const words = text.split(' ');
    const got = m.find(words, 0, words.length).map((h) => `${h.tag}:${h.first}-${h.last}`).join(' ');
    assert.equal(got, want, text);
  }
});

test('cue matcher: prefix and suffix cues at one token come in file order (table)', () => {
  // the matcher looks prefix cues up by first letter and suffix cues by last letter; the hits of
  // one token must still follow the file's order, as the coding takes the first
  const m = compileCues([['*ung', 's1'], ['hand*', 'p1'], ['*lung', 's2'], ['h*', 'p2'], ['handlung', 'w'], ['... x', 'gap']]);
  const cases: [string, string][] = [
    ['handlung', 'w s1 p1 s2 p2'],
    ['haltung', 's1 p2'],
    ['sendung', 's1'],
    ['hand', 'p1 p2'],
    ['ung', ''],
    ['x', ''], // a cue opening with a gap never matches
  ];
  for (const [text, want] of cases) {
    const words = text.split(' ');
    const got = m.find(words, 0, words.length).map((h) => h.tag).join(' ');
    assert.equal(got, want, text);
  }
});

test('cue matcher: a word met again (its cues remembered) gives the same hits, also in another range (table)', () => {
  // the cues a word opens are remembered per word; a second sentence with the same words must
  // not lose or repeat hits, and a remembered word must still respect the range's end
  const m = compileCues([['sanktion*', 'sanction'], ['*zölle', 'sanction'], ['nicht mehr', 'bg'], ['kein* ... mehr', 'bg']]);
  const words = 'keine sanktionen mehr und us-zölle nicht mehr . keine sanktionen mehr'.split(' ');
  const find = (from: number, to: number) => m.find(words, from, to).map((h) => `${h.tag}:${h.first}-${h.last}`).join(' ');
  const cases: [number, number, string][] = [
    [0, 8, 'bg:0-2 sanction:1-1 sanction:4-4 bg:5-6'],
    [0, 8, 'bg:0-2 sanction:1-1 sanction:4-4 bg:5-6'],
    [8, 11, 'bg:8-10 sanction:9-9'],
    [8, 10, 'sanction:9-9'],
    [5, 6, ''],
  ];
  for (const [from, to, want] of cases) assert.equal(find(from, to), want, `${from}-${to}`);
});
