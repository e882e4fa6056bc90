/**
 * Passive voice: an auxiliary ("was", "wurde") before a participle trigger turns the roles round:
 * the source follows "by" / "von", the grammatical subject is the target.
 * Words come from lexicons/<lang>/event-passive.tsv.
 *
 * @example
 * isPassive(doc, anchorToken, sentenceStart); // true for "... was criticized by ..."
 */
import type { Doc } from '../pipeline/doc.js';
import { hasLexicon, lexicon } from '../lang/lexicon.js';

interface PassiveWords { aux: Set<string>; agent: Set<string>; pastAux: Set<string> }
const cache = new Map<string, PassiveWords>();

function words(lang: string): PassiveWords {
  let w = cache.get(lang);
  if (!w) {
    w = { aux: new Set(), agent: new Set(), pastAux: new Set() };
    if (hasLexicon(lang, 'event-passive')) {
      for (const [word, kind, past] of lexicon(lang, 'event-passive')) {
        (kind === 'agent' ? w.agent : w.aux).add(word);
        if (past === 'past') w.pastAux.add(word);
      }
    }
    cache.set(lang, w);
  }
  return w;
}

let particles: string[] | undefined;
/** "festgenommen", "angegriffen", "freigelassen": a separable particle (lexicons/de/event-particles.tsv), then "ge". */
export function particleParticiple(w: string): boolean {
  particles ??= hasLexicon('de', 'event-particles') ? lexicon('de', 'event-particles').map((r) => r[0]) : [];
  for (const p of particles) if (w.length > p.length + 4 && w.startsWith(p) && w.startsWith('ge', p.length) && /(t|en)$/.test(w)) return true;
  return false;
}

/** Prepositions that introduce the agent of a passive ("by", "von", "durch"). */
export function agentPreps(lang: string): Set<string> {
  return words(lang).agent;
}

/** True when token `i` is a passive auxiliary ("wurde", "worden"). */
export function isPassiveAux(doc: Doc, i: number): boolean {
  return words(doc.lang).aux.has(doc.tokens[i].text.toLowerCase());
}

/** True when the trigger at `anchor` is a participle governed by a passive auxiliary in its sentence. */
export function isPassive(doc: Doc, anchor: number, sFrom: number): boolean {
  const w = words(doc.lang);
  const t = doc.tokens[anchor].text.toLowerCase();
  const participle = doc.lang === 'en' ? /(ed|en|wn|ght)$/.test(t) : /^ge\p{L}+(t|en)$/u.test(t) || /iert$/.test(t) || /^(be|ver|er|ent|zer)\p{L}+t$/u.test(t) || particleParticiple(t);
  if (!participle) {
    // German strong participles without "ge-" ("beschossen", "vertrieben") look like infinitives;
    // a past passive auxiliary right after one settles it ("als sie beschossen wurden"), a future
    // "werden" does not ("dass sie die Stadt beschießen werden")
    const next = doc.tokens[anchor + 1]?.text.toLowerCase();
    return doc.lang === 'de' && /^(be|ver|er|ent|zer)\p{L}+en$/u.test(t) && !!next && w.pastAux.has(next);
  }
  if (doc.lang === 'en') {
    // English: the auxiliary stands shortly before the participle ("was sharply criticized")
    for (let i = anchor - 1; i >= sFrom && anchor - i <= 3; i--) if (w.aux.has(doc.tokens[i].text.toLowerCase())) return true;
    return false;
  }
  // German: the auxiliary is the finite verb before the middle field or right after the participle
  for (let i = anchor - 1; i >= sFrom && anchor - i <= 12; i--) if (w.aux.has(doc.tokens[i].text.toLowerCase())) return true;
  const next = doc.tokens[anchor + 1];
  return !!next && w.aux.has(next.text.toLowerCase());
}
