import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { tokenLower } from '../../doc/token-lower.js';
import { eventGrammar } from '../../lang/event-grammar.js';
import { packOf } from '../../lang/packs.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { matchAtOrBefore, patterns } from '../patterns.js';
import { closingParticle } from './particles.js';

test('closingParticle: a separable verb\'s particle closes its clause; verb-final particle verbs are one word (table)', () => {
  const morph = eventGrammar(packOf('de')).morphology;
  assert.ok(morph);
  const segment = createPipeline(['header', 'segment']);
  // [sentence, the finite verb, pattern words matched with the check ('' for none), without the check]
  const cases: [string, string, string, string][] = [
    ['Die Regierung lehnte den Plan der Opposition ab.', 'lehnte', 'lehnte ab', 'lehnte ab'],
    ['Die Opposition lehnte den Plan ab und verließ den Saal.', 'lehnte', 'lehnte ab', 'lehnte ab'],
    // "zu" before its noun phrase or an infinitive is no particle of "zusagen"
    ['Der Minister sagte zu den Vorwürfen, er habe nichts gewusst.', 'sagte', '', 'sagte zu'],
    ['Er sagte, die Armee versuche, die Stadt zu befrieden.', 'sagte', '', 'sagte zu'],
    // the first "auf" is a preposition, the last one closes the clause
    ['Sie forderte die Gewerkschaft zu Gesprächen auf der Grundlage des Angebots auf.', 'forderte', 'forderte auf@11', 'forderte auf@6'],
    // verb-final: a "zu" before the finite verb belongs to the clause before it
    ['Die Reise könne zu einem Problem werden, sagte die Ministerin.', 'sagte', '', 'zu sagte'],
    ['„Wir waren viel zu langsam“, sagte der Minister.', 'sagte', '', 'zu sagte'],
  ];
  for (const [text, verb, want, without] of cases) {
    const doc = segment.run(createDoc({ id: 't', text, lang: 'de', date: '2025-09-25' }));
    const words = tokenLower(doc.tokens);
    const used = new Uint8Array(words.length);
    const i = words.indexOf(verb);
    const read = (checked: boolean) => {
      const m = matchAtOrBefore(patterns('de'), words, i, used, 0, words.length, true, checked ? (x) => closingParticle(doc, morph, words, x, words.length, used) : undefined);
      if (!m || m.at.length < 2) return '';
      const ks = [...m.at].sort((a, b) => a - b);
      // (the particle's token index where the sentence has the particle twice)
      return ks.map((k) => words[k]).join(' ') + (words.filter((w) => w === words[ks[ks.length - 1]]).length > 1 ? `@${ks[ks.length - 1]}` : '');
    };
    assert.equal(read(true), want, text);
    assert.equal(read(false), without, `${text} (without the check)`);
  }
});
