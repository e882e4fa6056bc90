/**
 * Language detection for the two languages Lagebild reads (franc-min, restricted to deu/eng).
 *
 * @example
 * detectLang('Die USA haben eine Charmeoffensive gestartet.'); // 'de'
 */
import { franc } from 'franc-min';
import type { Lang } from '../contract/schema.js';

const ISO3: Record<string, Lang> = { deu: 'de', eng: 'en' };

/** 'de' or 'en', or null when the text is too short or neither. */
export function detectLang(text: string): Lang | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const code = franc(sample, { only: ['deu', 'eng'], minLength: 10 });
  return ISO3[code] ?? null;
}
