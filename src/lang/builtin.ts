/**
 * The language packs that ship with Lagebild, one folder `src/lang/<code>/` each. The contract's
 * `Lang`, language detection, the CLI's `--lang` and the server's `lang` field all come from the
 * registered packs (src/lang/packs.ts), which start with these.
 *
 * @example
 * BUILTIN_PACKS.map((p) => p.code); // ['de', 'en']
 */
import { de } from './de/pack.js';
import { en } from './en/pack.js';

export const BUILTIN_PACKS = [de, en] as const;

/** A code of a built-in pack: the contract's `Lang`. */
export type BuiltinLang = (typeof BUILTIN_PACKS)[number]['code'];

/** The language an article is read as when detection recognises none: English, the lingua franca of wire copy. */
export const FALLBACK_LANG: BuiltinLang = 'en';
