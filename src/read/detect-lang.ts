/**
 * Language detection for the languages of the registered packs (franc-min, restricted to their
 * ISO 639-3 codes: deu/eng for the built-in ones).
 *
 * @example
 * detectLang('Die USA haben eine Charmeoffensive gestartet.'); // 'de'
 */
import { franc } from 'franc-min';
import type { Lang } from '../contract/schema.js';
import { languagePacks } from '../lang/packs.js';

/** The code of a registered language, or null when the text is too short or none of them. */
export function detectLang(text: string): Lang | null {
  const packs = languagePacks().filter((p) => p.iso3 !== null);
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const code = franc(sample, { only: packs.map((p) => p.iso3 as string), minLength: 10 });
  return (packs.find((p) => p.iso3 === code)?.code as Lang | undefined) ?? null;
}
