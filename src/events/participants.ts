/**
 * Real participants (docs/events.md, "Real participants"): an event's source or target must be an
 * actor: a named person, organisation, state or place (a mention the NER found), or a typed collective
 * (an unnamed agent with a sector: police, army, government, protesters, companies of a country).
 * Anything else (a bare noun phrase such as "planned", "step", "interests", a lowercase word, a stop
 * word) is no participant. Stop words: the language's function words, determiners and non-names
 * (lexicons/<lang>/ner-function-words.tsv, determiners.tsv, ner-non-names.tsv).
 *
 * @example
 * isRealParticipant(actor, doc.mentions, 'en'); // false for a MISC phrase actor "the step"
 */
import type { Actor, Mention } from '../contract/schema.js';
import { hasLexicon, lexicon } from '../lang/lexicon.js';

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
