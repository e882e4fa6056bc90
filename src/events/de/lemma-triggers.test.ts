import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { tokenLower } from '../../doc/token-lower.js';
import { eventGrammar } from '../../lang/event-grammar.js';
import { packOf } from '../../lang/packs.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { lemmaMatch } from './lemma-triggers.js';

test('lemmaMatch: a finite verb joined with the particle that closes its clause (table)', () => {
  const morph = eventGrammar(packOf('de')).morphology;
  assert.ok(morph);
  const segment = createPipeline(['header', 'segment']);
  // [sentence, the verb, the lemma pattern found ('' for none), the particle's token text]
  const cases: [string, string, string, string][] = [
    ['Die Polizei nahm den Mann am Abend in der Stadt fest.', 'nahm', 'lemma:festnehmen', 'fest'],
    ['Die Truppen griffen das Dorf an.', 'griffen', 'lemma:angreifen', 'an'],
    // the particle stands after a comma, in another clause
    ['Die Polizei nahm den Mann mit, er sitzt fest.', 'nahm', '', ''],
    // "an" does not close the clause here: no particle verb
    ['Die Truppen griffen an der Grenze Stellungen.', 'griffen', '', ''],
    // beyond the gap of MAX_GAP + 1 words
    ['Die Polizei nahm den Mann aus der kleinen Stadt am Rande der großen Wälder im Norden des Landes gestern fest.', 'nahm', '', ''],
  ];
  for (const [text, verb, want, particle] of cases) {
    const doc = segment.run(createDoc({ id: 't', text, lang: 'de', date: '2025-09-25' }));
    const words = tokenLower(doc.tokens);
    const i = words.indexOf(verb);
    const m = lemmaMatch(doc, morph, words, i, 0, words.length, new Uint8Array(words.length));
    assert.equal(m?.pattern.source ?? '', want, text);
    if (m) assert.equal(doc.tokens[m.at[1]].text, particle, text);
  }
  // a particle taken by an earlier match is skipped
  const doc = segment.run(createDoc({ id: 't', text: 'Die Polizei nahm ihn fest.', lang: 'de', date: '2025-09-25' }));
  const words = tokenLower(doc.tokens);
  const used = new Uint8Array(words.length);
  used[words.indexOf('fest')] = 1;
  assert.equal(lemmaMatch(doc, morph, words, words.indexOf('nahm'), 0, words.length, used), null);
});
