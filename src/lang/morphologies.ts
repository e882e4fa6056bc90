/**
 * The morphologies a pack may name in `names.morphology` (src/lang/name-grammar.ts), by name.
 * Kept apart from the pack definitions: a morphology reads its lexicon through the pack
 * registry, and the registry imports the packs (a pack importing its morphology would close a
 * cycle). A new language with a morphology adds one entry here.
 *
 * @example
 * morphologyNamed('de')?.isFinite3s('bestätigte'); // true
 */
import { isAdverb, isFinite3s, isNounPhraseWord, isParticiple, wordClass } from './de/morph/index.js';
import type { NameMorphology } from './name-grammar.js';

const MORPHOLOGIES: ReadonlyMap<string, NameMorphology> = new Map([
  // German: german-pos-dict (LanguageTool/Morphy, CC BY-SA 4.0) as compiled by src/lang/de/morph
  ['de', { wordClass, isAdverb, isFinite3s, isParticiple, isNounPhraseWord }],
]);

/** The morphology of that name; null for null. An unknown name is an error naming it. */
export function morphologyNamed(name: string | null): NameMorphology | null {
  if (name === null) return null;
  const m = MORPHOLOGIES.get(name);
  if (!m) throw new Error(`unknown morphology "${name}" (known: ${[...MORPHOLOGIES.keys()].join(', ')})`);
  return m;
}
