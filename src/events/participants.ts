/**
 * Real participants (docs/events.md, "Real participants"): an event's source or target must be an
 * actor: a named person, organisation, state or place (a mention the NER found), or a typed collective
 * (an unnamed agent with a sector: police, army, government, protesters, companies of a country).
 * Anything else (a bare noun phrase such as "planned", "step", "interests", a lowercase word, a stop
 * word) is no participant. Stop words: the language's function words, determiners and non-names
 * (lexicons/<lang>/ner-function-words.tsv, determiners.tsv, ner-non-names.tsv).
 *
 * Coordinated subjects (`conjuncts`): each named member of a list joined by commas and a coordinator
 * ("China, Indien und Russland weigern sich ...") does the act, as the coding guidelines code one
 * event per actor.
 *
 * @example
 * isRealParticipant(actor, doc.mentions, 'en'); // false for a MISC phrase actor "the step"
 * conjuncts(doc, slots, chinaSlot); // the Indien and Russland slots
 */
import type { Actor, Mention } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import type { Slot } from './slots.js';
import { optionalSet } from './words.js';

const stops = new Map<string, Set<string>>();

/** The stop words of a language, lower-cased. */
export function stopWords(lang: string): Set<string> {
  let s = stops.get(lang);
  if (!s) {
    s = new Set<string>();
    for (const name of ['ner-function-words', 'determiners', 'ner-non-names']) {
      if (hasLexicon(lang, name)) for (const r of lexicon(lang, name)) s.add(r[0].toLowerCase());
    }
    stops.set(lang, s);
  }
  return s;
}

/** Why an actor is no participant ('lowercase', 'stop word', 'phrase'), or null when it is one. */
export function participantProblem(a: Actor, mentions: readonly Mention[], lang: string): string | null {
  // a typed collective ("die Polizei", "protesters", "chinesische Unternehmen") is an actor by its sector
  if (a.sector) return null;
  // an actor typed PER/ORG/GPE/LOC is a name or a state; a MISC actor only with a named (non-MISC) mention
  const named = a.type !== 'MISC' || a.mentions.some((id) => mentions.find((m) => m.id === id)?.type !== 'MISC');
  if (stopWords(lang).has(a.name.toLowerCase())) return 'stop word';
  if (/^\p{Ll}/u.test(a.name)) return 'lowercase';
  if (!named) return 'phrase';
  return null;
}

/** A named participant that can stand in a list of actors: a name the recogniser found, with an actor, governed by `prep` or by nothing. */
function listableBy(s: Slot, prep: string | null): boolean {
  return (s.kind === 'mention' || s.kind === 'demonym') && !!s.actor && (s.prep === null || s.prep === prep);
}

/**
 * The other members of the list of named participants that `s` stands in: slots joined to their
 * neighbour by one comma or one coordinator (lexicons/<lang>/coordinators.tsv) and nothing else,
 * governed by no preposition, or by the one of `s` ("Gespräche mit Frankreich und Italien": the
 * preposition stands before the first member only). A list needs a coordinator ("A, B und C"; "A
 * und B"): commas alone join appositions ("der Präsident, Putin"). Empty when `s` is in no list.
 */
export function conjuncts(doc: Doc, slots: readonly Slot[], s: Slot): Slot[] {
  // (no named closures: asked several times per event)
  const k = slots.indexOf(s);
  if (k < 0 || !listableBy(s, s.prep)) return [];
  const coord = optionalSet(doc.lang, 'coordinators');
  let coordinated = false;
  let lo = k;
  while (lo > 0 && listableBy(slots[lo - 1], s.prep)) {
    const j = joint(doc, coord, slots[lo - 1], slots[lo]);
    if (j === NOT_JOINED) break;
    if (j === BY_COORDINATOR) coordinated = true;
    lo--;
  }
  let hi = k;
  while (hi + 1 < slots.length && listableBy(slots[hi + 1], s.prep)) {
    const j = joint(doc, coord, slots[hi], slots[hi + 1]);
    if (j === NOT_JOINED) break;
    if (j === BY_COORDINATOR) coordinated = true;
    hi++;
  }
  if (!coordinated || hi === lo) return [];
  return slots.slice(lo, hi + 1).filter((x) => x !== s);
}

const NOT_JOINED = 0;
const BY_COMMA = 1;
const BY_COORDINATOR = 2;

/** How slot `b` is joined to the slot `a` before it: by one coordinator, by one comma, or not. */
function joint(doc: Doc, coord: Set<string>, a: Slot, b: Slot): number {
  if (b.first - a.last !== 2) return NOT_JOINED;
  const w = doc.tokens[a.last + 1].text.toLowerCase();
  if (coord.has(w)) return BY_COORDINATOR;
  return w === ',' ? BY_COMMA : NOT_JOINED;
}
