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
