/**
 * Passive voice: an auxiliary ("was", "wurde") before a participle trigger turns the roles round:
 * the source follows "by" / "von", the grammatical subject is the target.
 * Words come from lexicons/<lang>/event-passive.tsv.
 *
 * @example
 * isPassive(doc, anchorToken, sentenceStart); // true for "... was criticized by ..."
 */
import type { Doc } from '../doc/doc.js';
import { compiled, hasLexicon, lexicon } from '../lang/lexicon.js';
import { eventGrammar } from '../lang/event-grammar.js';
import { packOf } from '../lang/packs.js';
import { isClauseBreak } from './clauses.js';
import { tokenLower } from '../doc/token-lower.js';

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

function buildParticles(lang: string): readonly string[] {
  return hasLexicon(lang, 'event-particles') ? lexicon(lang, 'event-particles').map((r) => r[0]) : [];
}

/** Separable particles of lexicons/<lang>/event-particles.tsv (German "fest", "frei": "festgenommen"). */
export function eventParticles(lang: string): readonly string[] {
  return compiled(lang, 'event-particles:list', buildParticles);
}

/** Prepositions that introduce the agent of a passive ("by", "von", "durch"). */
export function agentPreps(lang: string): Set<string> {
  return words(lang).agent;
}

/** The passive auxiliaries of `lang` ("wurde", "worden"), lower case. */
export function passiveAuxiliaries(lang: string): Set<string> {
  return words(lang).aux;
}

/** True when token `i` is a passive auxiliary ("wurde", "worden"). */
export function isPassiveAux(doc: Doc, i: number): boolean {
  return words(doc.lang).aux.has(doc.tokens[i].text.toLowerCase());
}

/**
 * The pack's participle test of a lower-case word, remembered per language (the shape tests are
 * Unicode regexes, asked for every trigger); bounded, as a worker runs for days.
 */
const participleMemo = new Map<string, Map<string, boolean>>();
function isParticiple(lang: string, g: ReturnType<typeof eventGrammar>, w: string): boolean {
  let m = participleMemo.get(lang);
  if (!m) participleMemo.set(lang, (m = new Map()));
  let v = m.get(w);
  if (v === undefined) {
    if (m.size > 50_000) m.clear();
    v = g.participle(w, eventParticles(lang));
    m.set(w, v);
  }
  return v;
}

/**
 * True when the trigger at `anchor` is a participle governed by a passive auxiliary in its sentence
 * (participle shapes and where the auxiliary stands: the pack's event grammar).
 */
export function isPassive(doc: Doc, anchor: number, sFrom: number): boolean {
  const w = words(doc.lang);
  const g = eventGrammar(packOf(doc.lang));
  // the shared lower-case words of the document (the loops below look at up to 24 words per trigger)
  const low = tokenLower(doc.tokens);
  const t = low[anchor];
  if (!isParticiple(doc.lang, g, t)) {
    // strong participles without "ge-" ("beschossen", "vertrieben") look like infinitives; a past
    // passive auxiliary right after one settles it ("als sie beschossen wurden"), a future
    // "werden" does not ("dass sie die Stadt beschießen werden")
    // ("wurde ... erschlagen": a past auxiliary before it in its clause settles it too: "wurde" takes no infinitive)
    const next = low[anchor + 1];
    if (!g.bareParticiple(t)) return false;
    if (next && w.pastAux.has(next)) return true;
    for (let i = anchor - 1; i >= sFrom && anchor - i <= g.passiveAux.before && !isClauseBreak(doc, i); i--) if (w.pastAux.has(low[i])) return true;
    return false;
  }
  // the auxiliary stands before the participle (the finite verb before a middle field) or, where the
  // grammar allows, right after it ("… verurteilt wurde")
  // (within its clause: an auxiliary across a comma belongs to another clause)
  for (let i = anchor - 1; i >= sFrom && anchor - i <= g.passiveAux.before && !isClauseBreak(doc, i); i--) if (w.aux.has(low[i])) return true;
  if (!g.passiveAux.after) return false;
  const next = low[anchor + 1];
  return next !== undefined && w.aux.has(next);
}
