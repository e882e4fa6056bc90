/**
 * The npm package i18n-iso-countries without loading all its locales at start-up. The package's
 * main entry (entry-node.js) requires and registers each of its 79 locale files when it is
 * imported: ~50 ms of CPU in a fresh thread (measured 2026-12-07), paid again by every pool worker,
 * while the engine only asks for names in the languages of its packs. This module loads the
 * library's core (index.js: the code tables) and registers a locale the first time a name in it is
 * asked for, so every answer is the one the main entry gives (a language the package lacks answers
 * as there: no names).
 *
 * @example
 * isoCountries.alpha2ToAlpha3('DE');                  // 'DEU'
 * isoCountries.getNames('de', { select: 'all' }).FR;  // ['Frankreich']
 */
import { createRequire } from 'node:module';
import type * as Iso from 'i18n-iso-countries';

type IsoLib = typeof Iso;

const require = createRequire(import.meta.url);
let core: IsoLib | undefined;
/** locales already looked at (registered, or not supported by the package) */
const seen = new Set<string>();

function lib(): IsoLib {
  return (core ??= require('i18n-iso-countries/index.js') as IsoLib);
}

/** The core with the locale `lang` registered when the package has it (as the main entry registers every one). */
function withLocale(lang: string): IsoLib {
  const l = lib();
  const key = lang.toLowerCase();
  if (!seen.has(key)) {
    seen.add(key);
    if (l.getSupportedLanguages().includes(key)) l.registerLocale(require(`i18n-iso-countries/langs/${key}.json`) as Iso.LocaleData);
  }
  return l;
}

/** The part of i18n-iso-countries the engine uses, with the main entry's answers. */
export const isoCountries = {
  alpha2ToAlpha3(code: string): string | undefined {
    return lib().alpha2ToAlpha3(code);
  },
  getName(code: string, lang: string): string | undefined {
    return withLocale(lang).getName(code, lang);
  },
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]> {
    return withLocale(lang).getNames(lang, options) as Record<string, string[]>;
  },
  getAlpha3Code(name: string, lang: string): string | undefined {
    return withLocale(lang).getAlpha3Code(name, lang);
  },
};
