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

test('cue matcher: affixes of one, two and three or more letters, each found and in file order (table)', () => {
  // long affixes are indexed by three letters, short ones by one: a word must reach both kinds,
  // and the hits of one token must still follow the file's order across the four lists
  const m = compileCues([['*g', 's1'], ['zö*', 'p2'], ['*lle', 's3'], ['zöl*', 'p4'], ['*le', 's5'], ['z*', 'p6'], ['*äche', 'no'], ['zoll*', 'no2']]);
  const cases: [string, string][] = [
    ['zölle', 'p2 s3 p4 s5 p6'],
    ['zug', 's1 p6'],
    ['zö', 'p2 p6'], // a prefix may be the whole word
    ['g', ''], // "*x" needs more than x
    ['alle', 's3 s5'],
    ['zoll', 'p6 no2'],
  ];
  for (const [text, want] of cases) {
    const words = text.split(' ');
    const got = m.find(words, 0, words.length).map((h) => h.tag).join(' ');
    assert.equal(got, want, text);
  }
});
