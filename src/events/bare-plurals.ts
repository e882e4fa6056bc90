/**
 * Bare plural nouns (lexicons/<lang>/event-bare-plurals.tsv): a lower-case word that is a plural noun
 * by its ending and so can be a participant without article ("will not release prisoners"). A
 * language without the file has none. Not a participant:
 * - a plural that is itself a trigger word ("imposed tariffs": the tariffs are the act);
 * - a plural after a participle used as an adjective ("to pardon jailed activists", "families of
 *   detained journalists"): a trigger ending in -ed with a preposition, a phrase lead or another
 *   trigger word before it.
 *
 * @example
 * isBarePlural('en', 'refugees'); // true
 * barePluralAt(doc, i);            // doc.tokens[i] is a bare plural participant
 */
import type { Doc } from '../doc/doc.js';
import { hasLexicon, lexicon, lexiconSet } from '../lang/lexicon.js';
import { elementMatches } from './pattern-elements.js';
import { patterns } from './patterns.js';

interface Plurals { plural: string[]; notEnding: string[]; notWord: Set<string>; before: Set<string> }
const cache = new Map<string, Plurals | null>();

function plurals(lang: string): Plurals | null {
  if (cache.has(lang)) return cache.get(lang) ?? null;
  let p: Plurals | null = null;
  if (hasLexicon(lang, 'event-bare-plurals')) {
    p = { plural: [], notEnding: [], notWord: new Set(), before: new Set() };
    for (const [w, kind] of lexicon(lang, 'event-bare-plurals')) {
      if (!w) continue;
      const ending = w.startsWith('-') ? w.slice(1).toLowerCase() : null;
      if (kind === 'plural' && ending) p.plural.push(ending);
      else if (kind === 'not' && ending) p.notEnding.push(ending);
      else if (kind === 'not') p.notWord.add(w.toLowerCase());
    }
    // words after which a participle is an adjective: prepositions and phrase leads
    for (const name of ['event-prepositions', 'event-phrase-leads']) {
      if (hasLexicon(lang, name)) for (const w of lexiconSet(lang, name)) if (!w.includes(' ')) p.before.add(w.toLowerCase());
    }
  }
  cache.set(lang, p);
  return p;
}

/** True when `word` (as written) is a lower-case plural noun of at least four letters by its ending. */
export function isBarePlural(lang: string, word: string): boolean {
  const p = plurals(lang);
  if (!p || word.length < 4 || !/^\p{Ll}+$/u.test(word)) return false;
  if (p.notWord.has(word) || p.notEnding.some((e) => word.endsWith(e))) return false;
  return p.plural.some((e) => word.endsWith(e));
}

/** True when `w` (lower case) can start an event pattern of `lang`. */
function isTriggerWord(lang: string, w: string): boolean {
  return patterns(lang).all.some((pt) => elementMatches(pt.elements[0], w));
}

/** True when token i of the document is a bare plural participant (see the module comment). */
export function barePluralAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || !isBarePlural(doc.lang, t.text) || isTriggerWord(doc.lang, t.text)) return false;
  const prev = doc.tokens[i - 1];
  const before = doc.tokens[i - 2];
  if (prev?.kind === 'word' && /ed$/.test(prev.text) && before?.kind === 'word') {
    const b = before.text.toLowerCase();
    if (plurals(doc.lang)!.before.has(b) || isTriggerWord(doc.lang, b)) return false;
  }
  return true;
}
