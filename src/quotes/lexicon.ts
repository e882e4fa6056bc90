/**
 * The quote lexicons of one language compiled into lookup maps, once per process:
 * cue verbs (lexicons/<lang>/quote-cues.tsv), attribution phrases (quote-phrases.tsv),
 * Konjunktiv forms (konjunktiv.tsv, German only) and speaker-phrase words (speaker-words.tsv).
 *
 * @example
 * const lx = quoteLexicon('de');
 * lx.verbs.get('sagte'); // [{ lemma: 'sagen', particle: null, kind: 'speech' }]
 */
import { hasLexicon, lexicon } from '../lang/lexicon.js';

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
}

/** What a lower-cased word may start: phrases (as in `phrases`) and verb readings (as in `verbs`). */
export interface CueWord {
  phrases: CuePhrase[] | undefined;
  verbs: CueVerb[] | undefined;
}

const cache = new Map<string, QuoteLexicon>();

function rows(lang: string, name: string): string[][] {
  return hasLexicon(lang, name) ? lexicon(lang, name) : [];
}

/** Compiles (once) and returns the quote lexicon of `lang`. */
export function quoteLexicon(lang: string): QuoteLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const verbs = new Map<string, CueVerb[]>();
  for (const [lemma, particle, kind, forms] of rows(lang, 'quote-cues')) {
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
  for (const [phrase, role] of rows(lang, 'quote-phrases')) {
    const words = phrase.toLowerCase().split(' ').filter(Boolean);
    if (!words.length || words[0] === '*') continue;
    const list = phrases.get(words[0]) ?? [];
    list.push({ words, role: role as PhraseRole });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(words[0], list);
  }
  const konjunktiv = new Map<string, 'I' | 'II'>();
  for (const [form, mood] of rows(lang, 'konjunktiv')) konjunktiv.set(form.toLowerCase(), mood === 'II' ? 'II' : 'I');
  const words = new Map<string, SpeakerWordClass>();
  for (const [w, cls] of rows(lang, 'speaker-words')) if (!words.has(w.toLowerCase())) words.set(w.toLowerCase(), cls as SpeakerWordClass);
  const cueWords = new Map<string, CueWord>();
  for (const w of [...phrases.keys(), ...verbs.keys()]) cueWords.set(w, { phrases: phrases.get(w), verbs: verbs.get(w) });
  const lx = { verbs, phrases, konjunktiv, words, cueWords };
  cache.set(lang, lx);
  return lx;
}
