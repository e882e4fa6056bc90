import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePatterns, matchAt, matchAtOrBefore, matchBefore, parsePattern, patterns } from './patterns.js';

test('pattern syntax: alternatives, prefixes, suffixes, gaps', () => {
  const els = parsePattern('telefongespräch*|telefonat ... führ*');
  assert.equal(els.length, 2);
  assert.deepEqual(els[0].alts, [{ kind: 'prefix', s: 'telefongespräch' }, { kind: 'exact', s: 'telefonat' }]);
  assert.equal(els[1].gapBefore, true);
  assert.deepEqual(parsePattern('*zölle')[0].alts, [{ kind: 'suffix', s: 'zölle' }]);
});

test('matching picks the longest pattern and respects used tokens', () => {
  const de = patterns('de');
  const words = 'am wochenende traf eine delegation aus berlin in paris ein .'.split(' ');
  const used = words.map(() => false);
  const m = matchAt(de, words, 2, used);
  assert.equal(m?.pattern.type, 'CONSULT');
  assert.equal(m?.pattern.mode, 'visit');
  assert.deepEqual(m?.at, [2, 9]);
  const cases: [string, number, string | null][] = [
    ['die us-zölle auf stahl', 1, 'COERCE'],
    ['china kauft kein soja mehr', 1, null],
    ['er telefonierte mit ihr', 1, 'CONSULT'],
    ['der tisch ist rund', 1, null],
  ];
  for (const [s, i, want] of cases) {
    const w = s.split(' ');
    assert.equal(matchAt(de, w, i, w.map(() => false))?.pattern.type ?? null, want, s);
  }
  const blocked = words.map((_, k) => k === 9);
  assert.notEqual(matchAt(de, words, 2, blocked)?.pattern.mode, 'visit');
});

test('index: a candidate is tried by the alternatives of its bucket and the unfiled short ones (table)', () => {
  // "kl*" is too short to be filed: a word it matches is reached through the pattern's other buckets;
  // "treff*|*gipfel" files one pattern under two keys; the exact "gipfelgespräch" shares a suffix key
  const set = compilePatterns([
    ['treff*|*gipfel', 'CONSULT', '-'],
    ['kl*|klagen|anklag*', 'ACCUSE', '-'],
    ['gipfelgespräch ... mit', 'CONSULT', 'visit'],
    ['droh*|drohung', 'THREATEN', '-'],
    ['klarstell*|kl*', 'DISAPPROVE', '-'],
  ]);
  const cases: [string, string | null][] = [
    ['treffen', 'CONSULT'],
    ['eu-gipfel', 'CONSULT'],
    ['anklage', 'ACCUSE'],
    ['klagen', 'ACCUSE'], // by the exact alternative and by the unfiled "kl*"
    ['klagte', 'DISAPPROVE'], // "kl*" of a pattern in the word's bucket "kla" (by "klarstell*"); ACCUSE is in none
    ['klima', null], // "kl*" matches, but no bucket of the word holds a pattern
    ['gipfelgespräch mit', 'CONSULT:visit'],
    ['drohung', 'THREATEN'],
    ['gipfelgespräch', null],
  ];
  for (const [s, want] of cases) {
    const w = s.split(' ');
    const m = matchAt(set, w, 0, w.map(() => false));
    assert.equal(m ? (m.pattern.mode ? `${m.pattern.type}:${m.pattern.mode}` : m.pattern.type) : null, want, s);
  }
});

test('matchAtOrBefore: the pattern from the word on, else a longer one before it (verb-final), one index lookup (table)', () => {
  // "verurteilt" opens "verurteil*" forwards and "verurteil* haft" also backwards (its other element
  // before the verb, "zu Haft verurteilt"): the backward one has more elements and wins where asked for
  const set = compilePatterns([
    ['verurteil*', 'ACCUSE', '-'],
    ['verurteil* haft', 'COERCE', 'jail'],
    ['treff* mit', 'CONSULT', '-'],
  ]);
  const cases: [string, number, boolean, string | null][] = [
    ['er wurde verurteilt', 2, true, 'ACCUSE:2'],
    ['er wurde zu haft verurteilt', 4, true, 'COERCE:4,3'],
    ['er wurde zu haft verurteilt', 4, false, 'ACCUSE:4'],
    ['verurteilt haft', 0, false, 'COERCE:0,1'],
    ['mit ihm treffen', 2, true, 'CONSULT:2,0'],
    ['mit ihm treffen', 2, false, null],
    ['der tisch', 1, true, null],
  ];
  for (const [text, i, before, want] of cases) {
    const words = text.split(' ');
    const used = new Uint8Array(words.length);
    const m = matchAtOrBefore(set, words, i, used, 0, words.length, before);
    assert.equal(m ? `${m.pattern.type}:${m.at.join(',')}` : null, want, `${text} @${i} ${before}`);
    // the same as the two calls it replaces
    let old = matchAt(set, words, i, used, words.length);
    const mb = before ? matchBefore(set, words, i, used, 0) : null;
    if (mb && (!old || mb.at.length > old.at.length)) old = mb;
    assert.deepEqual(m, old, text);
  }
});
