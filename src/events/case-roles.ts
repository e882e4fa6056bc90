/**
 * Grammatical roles by case, where the pack's morphology marks it (German): a participant can be
 * the subject when its noun phrase (determiners, adjectives, head) has a nominative reading that
 * agrees in number with the finite verb, and an object when it has a dative or accusative one. So
 * an inverted subject is found ("Am Montag kritisierte den Minister die Opposition": "den Minister"
 * is no subject) and a plural object is no subject of a singular verb ("Die Polizei nahm zwölf
 * Demonstranten fest"). Participants whose words say nothing (names without article) fit every role.
 *
 * @example
 * const roles = caseRoles(doc, morph, 'kritisierte', 0);
 * roles.subject(slot); // false for "den Minister"
 */
import type { Doc } from '../doc/doc.js';
import { startsLower, startsUpper } from '../doc/letter-case.js';
import type { EventMorphology } from '../lang/event-grammar.js';
import type { Slot } from './slots.js';
import { optionalSet } from './words.js';

export interface CaseRoles {
  /** the participant can be the subject of the clause's finite verb */
  subject(s: Slot): boolean;
  /** the participant can be a dative or accusative object */
  object(s: Slot): boolean;
}

/** Up to this many words before the head belong to its noun phrase ("den früheren russischen Minister"). */
const NP_REACH = 3;

/** Case roles of a sentence's participants (sentence from `sFrom`), for the finite verb `verb` (lower case, null: unknown). */
export function caseRoles(doc: Doc, morph: EventMorphology, verb: string | null, sFrom: number): CaseRoles {
  return new SentenceRoles(doc, morph, verb, sFrom);
}

/**
 * The roles of one sentence, each participant's noun-phrase words remembered. A class, not an
 * object of closures: asked for nearly every trigger, and three closures per call were a
 * measurable share of it.
 */
class SentenceRoles implements CaseRoles {
  private readonly dets: Set<string>;
  private readonly words = new Map<Slot, string[]>();
  constructor(private readonly doc: Doc, private readonly morph: EventMorphology, private readonly verb: string | null, private readonly sFrom: number) {
    this.dets = optionalSet(doc.lang, 'determiners');
  }

  subject(s: Slot): boolean {
    return this.morph.canBeSubject(this.phrase(s), this.verb);
  }

  object(s: Slot): boolean {
    return this.morph.canBeObject(this.phrase(s));
  }

  /** The participant's noun phrase: determiner and adjectives before it (lower case), then its last word as written. */
  private phrase(s: Slot): string[] {
    let w = this.words.get(s);
    if (w) return w;
    const { doc, dets, sFrom } = this;
    w = [];
    // a name in the genitive right after a noun ("den Präsidenten Russlands") is that noun's
    // possessor: the participant stands in the case of the noun's phrase
    let head = s.last;
    const before = doc.tokens[s.first - 1];
    if (s.first - 1 >= sFrom && s.first === s.last && before.kind === 'word' && startsUpper(before.text)
      && !s.mention?.text.includes(' ') && /s$/.test(doc.tokens[s.last].text) && this.morph.nounPhraseWord(doc.tokens[s.first - 2]?.text.toLowerCase() ?? '')) head = s.first - 1;
    for (let k = (head === s.last ? s.first : head) - 1; k >= sFrom && (head === s.last ? s.first : head) - k <= NP_REACH; k--) {
      const t = doc.tokens[k];
      // (a capitalised determiner only at the sentence start: "Den Minister kritisierte ...")
      if (t.kind !== 'word' || (k > sFrom && !startsLower(t.text))) break;
      const lower = t.text.toLowerCase();
      if (!dets.has(lower) && !this.morph.nounPhraseWord(lower)) break;
      w.unshift(lower);
      if (dets.has(lower)) break;
    }
    w.push(doc.tokens[head].text);
    this.words.set(s, w);
    return w;
  }
}
