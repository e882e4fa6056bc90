/**
 * The quote lexicons of one language compiled into lookup maps, once per language pack:
 * cue verbs (lexicons/<lang>/quote-cues.tsv), attribution phrases (quote-phrases.tsv),
 * Konjunktiv forms (konjunktiv.tsv, German only), speaker-phrase words (speaker-words.tsv), and
 * the clause words of the quote rules: content openers (content-openers.tsv), subordinators
 * (subordinators.tsv), relative pronouns (relative-pronouns.tsv) and passive auxiliaries
 * (event-passive.tsv, kind "aux").
 *
 * @example
 * const lx = quoteLexicon('de');
 * lx.verbs.get('sagte'); // [{ lemma: 'sagen', particle: null, kind: 'speech' }]
 */
import { compiled, lexicon } from '../lang/lexicon.js';
import { packOf } from '../lang/packs.js';
import type { Grammar } from '../lang/pack.js';

/** What a cue verb does: say, think, perform a speech act, name something, show evidence, be impersonal. */
export type CueKind = 'speech' | 'cite' | 'thought' | 'act' | 'name' | 'evidence' | 'impersonal';

/** One reading of a cue verb form. */
export interface CueVerb {
  lemma: string;
  /** separable particle that must close the clause ("fest" for "stellte ... fest"), or null */
  particle: string | null;
  kind: CueKind;
}

/** Where the source of an attribution phrase stands. */
export type PhraseRole = 'source-after' | 'source-before' | 'own' | 'impersonal' | 'so' | 'noun' | 'lead';

/** A multi-word attribution phrase. */
export interface CuePhrase {
  words: string[];
  role: PhraseRole;
}

/** Classes of words around a speaker phrase (see speaker-words.tsv). */
export type SpeakerWordClass = 'pronoun' | 'relative' | 'generic' | 'skip' | 'prep' | 'time' | 'det';

/** The compiled quote lexicon of one language. */
export interface QuoteLexicon {
  /** lower-cased verb form → its cue readings */
  verbs: Map<string, CueVerb[]>;
  /** first lower-cased word → phrases starting with it, longest first */
  phrases: Map<string, CuePhrase[]>;
  /** Konjunktiv forms → mood (German; empty for English) */
  konjunktiv: Map<string, 'I' | 'II'>;
  /** lower-cased word → class */
  words: Map<string, SpeakerWordClass>;
  /** every key of `phrases` and `verbs` with both lists: one lookup per token in findCues */
  cueWords: Map<string, CueWord>;
  /** words opening a speech verb's content clause ("dass", "ob", "that") */
  contentOpeners: Set<string>;
  /** the plain complementisers among them ("dass", "that"): their clause is subordinate */
  complementisers: Set<string>;
  /** words opening an adverbial clause ("weil", "when") */
  subordinators: Set<string>;
  /** relative pronouns the quote rules read: 'opens' alone, or only 'after-noun' (see relative-pronouns.tsv) */
  relatives: Map<string, 'opens' | 'after-noun'>;
  /** passive auxiliaries ("wird", "wurde"): a participle cue after one is passive, no speech */
  passiveAux: Set<string>;
  /** prepositions after a cue that introduce the addressee ("gegenüber") */
  addresseePreps: Set<string>;
  /** cue verb forms (or form prefixes, "tel*") whose object is the addressee ("told") */
  addresseeVerbs: { word: string; prefix: boolean }[];
  /** the pack's grammar (noun shape, clause order, reported-speech mood, ...) */
  grammar: Grammar;
}

/** What a lower-cased word may start: phrases (as in `phrases`) and verb readings (as in `verbs`). */
export interface CueWord {
  phrases: CuePhrase[] | undefined;
  verbs: CueVerb[] | undefined;
}

/** Compiles (once per pack) and returns the quote lexicon of `lang`. */
export function quoteLexicon(lang: string): QuoteLexicon {
  return compiled(lang, 'quotes', buildQuoteLexicon);
}

function buildQuoteLexicon(lang: string): QuoteLexicon {
  const verbs = new Map<string, CueVerb[]>();
  for (const [lemma, particle, kind, forms] of lexicon(lang, 'quote-cues')) {
    for (const f of (forms ?? '').split(',')) {
      const form = f.trim().toLowerCase();
      if (!form) continue;
      const list = verbs.get(form) ?? [];
      list.push({ lemma, particle: particle && particle !== '-' ? particle : null, kind: kind as CueKind });
      verbs.set(form, list);
    }
  }
  // readings without a particle last: a particle reading is tried first when its particle is present
  for (const list of verbs.values()) list.sort((a, b) => Number(b.particle !== null) - Number(a.particle !== null));
  const phrases = new Map<string, CuePhrase[]>();
  for (const [phrase, role] of lexicon(lang, 'quote-phrases')) {
    const words = phrase.toLowerCase().split(' ').filter(Boolean);
    if (!words.length || words[0] === '*') continue;
    const list = phrases.get(words[0]) ?? [];
    list.push({ words, role: role as PhraseRole });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(words[0], list);
  }
  const konjunktiv = new Map<string, 'I' | 'II'>();
  for (const [form, mood] of lexicon(lang, 'konjunktiv')) konjunktiv.set(form.toLowerCase(), mood === 'II' ? 'II' : 'I');
  const words = new Map<string, SpeakerWordClass>();
  for (const [w, cls] of lexicon(lang, 'speaker-words')) if (!words.has(w.toLowerCase())) words.set(w.toLowerCase(), cls as SpeakerWordClass);
  const cueWords = new Map<string, CueWord>();
  for (const w of [...phrases.keys(), ...verbs.keys()]) cueWords.set(w, { phrases: phrases.get(w), verbs: verbs.get(w) });
  const openers = lexicon(lang, 'content-openers');
  const relatives = new Map<string, 'opens' | 'after-noun'>();
  for (const [w, reading] of lexicon(lang, 'relative-pronouns')) if (reading === 'opens' || reading === 'after-noun') relatives.set(w, reading);
  return {
    verbs, phrases, konjunktiv, words, cueWords,
    contentOpeners: new Set(openers.map((r) => r[0])),
    complementisers: new Set(openers.filter((r) => r[1] === 'complementiser').map((r) => r[0])),
    subordinators: new Set(lexicon(lang, 'subordinators').map((r) => r[0])),
    relatives,
    passiveAux: new Set(lexicon(lang, 'event-passive').filter((r) => r[1] === 'aux').map((r) => r[0])),
    addresseePreps: new Set(lexicon(lang, 'addressee-cues').filter((r) => r[1] === 'prep').map((r) => r[0])),
    addresseeVerbs: lexicon(lang, 'addressee-cues').filter((r) => r[1] === 'verb')
      .map((r) => ({ word: r[0].replace(/\*$/, ''), prefix: r[0].endsWith('*') })),
    grammar: packOf(lang).grammar,
  };
}
