/**
 * What the events engine (src/events/) asks a language pack: named traits for how the language
 * builds clauses, passives and nominal events, and the pack's morphology when it has one. The
 * engine never tests a language code; a pack without `events` gets `NO_EVENT_GRAMMAR` (patterns
 * from its lexicons, subject before the anchor, no language-specific rule).
 *
 * @example
 * import { eventGrammar } from './event-grammar.js';
 * eventGrammar(packOf('de')).verbBracket; // true
 */

/** One reading of a word form (the subset of a morphology's readings the events engine reads). */
export interface EventMorphReading {
  lemma: string;
  pos: string;
  /** a separable verb's particle standing apart in this form ("an" for "griff" of angreifen) */
  particle?: string;
  /** a compound missing from the lexicon: the head noun whose readings it takes ("Treffen") */
  compoundHead?: string;
}

/** Word-level morphology a pack offers the events engine (German: src/lang/de/morph). */
export interface EventMorphology {
  /** Every reading of a form; `sentenceStart`: a capitalised form also gets its lower-case readings. */
  analyse(form: string, sentenceStart?: boolean): readonly EventMorphReading[];
  /**
   * The first value of `table` that `analyse(form, sentenceStart)` names: in reading order, a noun
   * or verb reading without a particle whose lemma (else compound head) is a key. Optional: the
   * events engine otherwise walks `analyse`; a morphology gives it to skip building readings. It
   * must answer as `analyse` does (a copy of a morphology with another `analyse` drops it).
   */
  firstLemmaIn?<T>(form: string, sentenceStart: boolean, table: ReadonlyMap<string, T>): T | undefined;
  /** Start of the noun head of a compound missing from the lexicon ("Bundesregierung" → 6), else −1. */
  nounHeadStart(form: string): number;
  /** The separable verb of a finite form with its particle standing apart ("griff", "an" → "angreifen"). */
  separableLemma(stem: string, particle: string): string | undefined;
  /** Whether a lower-case form can be a past participle ("verurteilt"). */
  isParticiple(lower: string): boolean;
  /** Whether a lower-case word can open or fill a noun phrase before its noun (article, determiner, inflected adjective). */
  nounPhraseWord(lower: string): boolean;
  /**
   * Whether a noun phrase (`words`: its determiners and adjectives in lower case, then its head as
   * written) can be the subject of the finite verb (lower case, null: unknown) by case and number.
   */
  canBeSubject(words: readonly string[], finiteVerb: string | null): boolean;
  /** Whether such a noun phrase can be an object (dative or accusative). */
  canBeObject(words: readonly string[]): boolean;
}

/** The event grammar of a language: traits of the phenomena the events engine handles differently. */
export interface EventGrammar {
  /**
   * Morphology (lemma triggers of `event-lemmas`, separable verbs joined across the clause,
   * compound heads deciding a compound trigger, participles), or null when the pack has none.
   */
  readonly morphology: EventMorphology | null;
  /**
   * Verb bracket (German): the finite verb stands second, the rest of the verb at the clause end and
   * verb-final subordinate clauses hold the verb last. Then a lower-case (verb) trigger finds its
   * pattern's other elements before it ("… zu acht Jahren Haft verurteilt"), a passive's agent
   * stands in the middle field ("wurde von Frankreich verurteilt"), an object may stand before the
   * verb ("der Xi treffen werde"), a passive's subject may stand before an inserted clause, and a
   * noun inside or right before the bracket of a governing verb is what that verb is about.
   */
  readonly verbBracket: boolean;
  /**
   * Nominal events (German "der Angriff Russlands auf Kiew"): a capitalised trigger noun names its
   * own participants (genitive and agent preposition = actor, the pattern's prepositions = target);
   * a cooperative noun without participants is an event only beside a light verb or as a
   * circumstance; `event-reported` words correct a planned status of reported nouns.
   */
  readonly nominalEvents: boolean;
  /**
   * Story context (German reports, coded by the German guidelines): participants without a country
   * take the event's place or the story's country, an agentless act is done by the state where it
   * happened, a state's material act on its own people is a domestic event, an undated act takes the
   * story's date from the sentences before.
   */
  readonly storyContext: boolean;
  /**
   * Noun-phrase participants (English sentence gold marks phrases such as "the attack"): a
   * participant that is no name nor agent noun is taken as the noun phrase itself.
   */
  readonly phraseParticipants: boolean;
  /**
   * Which acts take the second of two coordinated subjects as the partner when no target is found:
   * 'reciprocal' (acts done together: "X and Y met") or 'all'.
   */
  readonly coordinatedPartners: 'reciprocal' | 'all';
  /**
   * Hyphenated compounds name a group by its organisation ("EU-Staaten", "UN-Truppen"): the
   * organisation before a group or sector noun stands for its members.
   */
  readonly hyphenCompounds: boolean;
  /**
   * With capitalised nouns: whether a capitalised demonym is a noun of persons and so a participant
   * ("Amerikaner", "Russen"; not "Deutsche Bank"); null: every demonym is one.
   */
  demonymNoun: ((lowerWord: string) => boolean) | null;
  /**
   * Whether a lower-case word is a past participle that can head a passive (`particles`: the
   * separable particles of lexicon `event-particles`, "festgenommen").
   */
  participle(lowerWord: string, particles: readonly string[]): boolean;
  /** A participle that looks like an infinitive ("beschossen"): a passive only right before a past passive auxiliary. */
  bareParticiple(lowerWord: string): boolean;
  /** How many tokens before a participle its passive auxiliary may stand, and whether it may follow it ("… verurteilt wurde"). */
  readonly passiveAux: { readonly before: number; readonly after: boolean };
  /**
   * A subjectless infinitive clause after a comma (German "…, Truppen zu verlegen"): true when the
   * trigger `word` (as written) after `prevLower` is the clause's infinitive; its act belongs to the
   * subject of the clause before the comma. Null when the language has no such clause.
   */
  commaInfinitive: ((prevLower: string, word: string) => boolean) | null;
}

/** The event grammar of a pack that declares none. */
export const NO_EVENT_GRAMMAR: EventGrammar = Object.freeze({
  morphology: null,
  verbBracket: false,
  nominalEvents: false,
  storyContext: false,
  phraseParticipants: false,
  coordinatedPartners: 'reciprocal',
  hyphenCompounds: false,
  demonymNoun: null,
  participle: () => false,
  bareParticiple: () => false,
  passiveAux: Object.freeze({ before: 3, after: false }),
  commaInfinitive: null,
});

/** The event grammar of a pack (`NO_EVENT_GRAMMAR` when it declares none). */
export function eventGrammar(pack: { readonly events?: EventGrammar }): EventGrammar {
  return pack.events ?? NO_EVENT_GRAMMAR;
}
