/**
 * Whether the final "s" of a multi-word person name as written is a genitive ending ("Pete
 * Hegseths Sprecher", "Pete Hegseth's") or part of the name ("Laurent Fabius sagte"). Shared by
 * the actors stage (which name an actor gets) and registry learning (which name is learned), so
 * the two never disagree.
 *
 * Rules, in order: an apostrophe says genitive; the written form is a name when the registry
 * holds it or its last word stands alone as a person mention in the article ("Fabius"); the
 * stripped form is a name when the registry holds it or its last word stands alone ("Hegseth");
 * otherwise a capitalised word right after the mention ("Hegseths Sprecher") says genitive, as
 * German puts the possessed noun after a genitive name; anything else keeps the "s".
 *
 * @example
 * genitiveEnding(doc, 'Laurent Fabius', m.end, reg); // false: "Fabius" stands alone later
 */
import type { Doc } from '../doc/doc.js';
import { nameKey } from './normalise.js';
import type { ActorRegistry } from './types.js';

/** True when the final "s" (or "'s") of `written`, a mention ending at offset `end`, is a genitive ending. */
export function genitiveEnding(doc: Doc, written: string, end: number, reg: ActorRegistry): boolean {
  if (/['’]s$/.test(written)) return true;
  if (!/s$/.test(written)) return false;
  const wkey = nameKey(written);
  const key = wkey.slice(0, -1);
  const known = (k: string) => {
    const e = reg.lookup(k);
    return !!e && [e.name, ...e.aliases].some((n) => nameKey(n) === k);
  };
  const last = (k: string) => k.slice(k.lastIndexOf(' ') + 1);
  const alone = (k: string) => doc.mentions.some((o) => o.type === 'PER' && nameKey(o.text.trim()) === last(k));
  if (known(wkey) || alone(wkey)) return false;
  if (known(key) || alone(key)) return true;
  return /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(doc.text.slice(end, end + 4));
}
