/**
 * Normalises names for registry lookups: lower case, typographic apostrophes unified, German
 * genitive "s" and Anglo-Saxon "'s" stripped when asked.
 *
 * @example
 * nameKey('Hegseths'); // 'hegseths'
 * nameVariants('Hegseths'); // ['hegseths', 'hegseth']
 */

/** Lower-cased key with unified apostrophes and single spaces. */
export function nameKey(name: string): string {
  // fast path: most names have no typographic apostrophe and single spaces
  if (!/[’`´]|\s\s|[^\S ]|^\s|\s$/.test(name)) return name.toLowerCase();
  return name.replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The key plus its forms without a genitive ending ("Trumps" → "trump", "Trump's" → "trump"). */
export function nameVariants(name: string): string[] {
  const k = nameKey(name);
  const out = [k];
  if (k.endsWith("'s")) out.push(k.slice(0, -2));
  else if (k.endsWith("'")) out.push(k.slice(0, -1));
  else if (k.length > 3 && k.endsWith('s')) out.push(k.slice(0, -1));
  return out;
}

/** Last word of a name ("Pete Hegseth" → "hegseth"), lower-cased. */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(' ');
  return words[words.length - 1];
}
