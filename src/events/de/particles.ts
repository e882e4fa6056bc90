/**
 * Separable verbs in German form patterns ("lehnte ... ab", "sagte ... zu"): the particle of a
 * finite verb standing second closes its clause, and in a verb-final clause the particle verb is
 * one word. A word that only looks like the particle is a preposition ("warf einen Blick vor die
 * Tür"), an infinitive marker ("zu terrorisieren") or a degree word ("viel zu langsam", sagte er).
 * Used by the events stage as the check of matchAtOrBefore (src/events/patterns.ts).
 *
 * @example
 * matchAtOrBefore(set, words, i, used, from, to, true, (m) => closingParticle(doc, morph, words, m, to, used));
 */
import type { Doc } from '../../doc/doc.js';
import { compiled } from '../../lang/lexicon.js';
import type { EventMorphology } from '../../lang/event-grammar.js';
import { isClauseBreak } from '../clauses.js';
import { eventParticles } from '../passive.js';
import { MAX_GAP, type PatternMatch } from '../patterns.js';
import { optionalSet } from '../words.js';

/**
 * False when the last word of a forward match (token `k`) is the particle of the separable verb at
 * `verb` but does not close its clause: then it is a preposition or an infinitive marker. It closes
 * the clause before a clause break, the sentence's end or a coordinator ("lehnte ab und ..."); a
 * particle other than "zu" also before the "zu" of an infinitive without comma ("rief auf zu kommen").
 */
function particleCloses(doc: Doc, morph: EventMorphology, words: string[], verb: number, k: number, to: number): boolean {
  const w = words[k];
  if (!eventParticleSet(doc.lang).has(w) || !morph.separableLemma(words[verb], w)) return true;
  const next = k + 1;
  if (next >= to || isClauseBreak(doc, next) || doc.tokens[next].kind === 'punct') return true;
  if (optionalSet(doc.lang, 'coordinators').has(words[next])) return true;
  return w !== 'zu' && words[next] === 'zu';
}

/**
 * A forward match as it is when its last word is no separable particle of its verb or closes the
 * clause (particleCloses); else moved to a later same particle that does (within the gap, no clause
 * break between); else null. A verb-final match whose last word is a particle of the verb: null.
 */
export function closingParticle(doc: Doc, morph: EventMorphology, words: string[], m: PatternMatch, to: number, used: Uint8Array): PatternMatch | null {
  const last = m.at[m.at.length - 1];
  // verb-final: a particle verb is one word there ("als er zusagte"; "frei zu lassen" in the old
  // spelling of the zu-infinitive); a particle before the finite verb belongs to something else
  // ("zu verkrampft ..., sagte er")
  if (m.anchor >= 0) {
    const split = last === m.at[0] - 2 && words[last + 1] === 'zu';
    return !split && eventParticleSet(doc.lang).has(words[last]) && morph.separableLemma(words[m.at[0]], words[last]) ? null : m;
  }
  if (particleCloses(doc, morph, words, m.at[0], last, to)) return m;
  for (let k = last + 1; k < to && k - m.at[m.at.length - 2] <= MAX_GAP + 1; k++) {
    if (isClauseBreak(doc, k)) break;
    if (!used[k] && words[k] === words[last] && particleCloses(doc, morph, words, m.at[0], k, to)) return { pattern: m.pattern, at: [...m.at.slice(0, -1), k], anchor: m.anchor };
  }
  return null;
}

function eventParticleSet(lang: string): Set<string> {
  return compiled(lang, 'event-particles:closing', () => new Set(eventParticles(lang)));
}
