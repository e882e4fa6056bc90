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

/**
 * German names open with inflected adjectives ("der Afrikanischen Union", "des Internationalen
 * Währungsfonds", "die Vereinten Nationen"): the name's other forms with the capitalised words before
 * the last ending in the other strong/weak endings (-e, -er, -es, -en), all alike; [] when no word
 * before the last looks like an inflected adjective (capitalised, ending in -e/-en/-er/-es/-em).
 * Few forms (at most four), built only when a lookup of the written form failed.
 *
 * @example
 * adjectiveForms('Afrikanischen Union'); // ['Afrikanische Union', 'Afrikanischer Union', 'Afrikanisches Union']
 */
export function adjectiveForms(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const stems = words.map((w, i) => {
    if (i === words.length - 1) return null;
    const m = /^(\p{Lu}\p{Ll}{3,}?)(em|en|er|es|e)$/u.exec(w);
    return m ? m[1] : null;
  });
  if (!stems.some((x) => x !== null)) return [];
  const out: string[] = [];
  for (const end of ['e', 'er', 'es', 'en']) {
    const v = words.map((w, i) => (stems[i] !== null ? stems[i] + end : w)).join(' ');
    if (v !== name) out.push(v);
  }
  return out;
}
