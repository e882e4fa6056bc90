/**
 * After the rules, acronyms defined in brackets: `World Rowing League ( WRL )`,
 * `Bundesverband deutscher Gärtner ( BdG )`. When the capital letters of the bracketed word
 * are the initials of the capitalised words (or hyphen parts) right before the bracket, in
 * order, with at most two lower-case words between them (`of`, `für`, `deutscher`), those words
 * are one organisation and so is the acronym; names found inside give way to the whole. When
 * the initials do not match but an organisation ends right before the bracket, the acronym is
 * that organisation's short name. A person found on evidence inside (`Alan John ( AJ ) Taylor`)
 * or an acronym with dots is left alone.
 *
 * @example
 * // "the News Agency of Freedonia ( NAF )" → ORG "News Agency of Freedonia", ORG "NAN"
 */
import type { RecogniserState } from './state.js';
import { insertFound } from './util.js';

/** capitals of an acronym-like word: 2 to 8 letters, at least two of them capitals, no dot */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}]{2,8}$/u;

/** ACRONYM, asked only of words of 2 to 16 code units (8 letters, astral ones included): the look-ahead scans the whole word */
function acronymLike(w: string): boolean {
  return w.length >= 2 && w.length <= 16 && ACRONYM.test(w);
}

export function markAcronyms(s: RecogniserState): void {
  const { units, words, out } = s;
  for (let k = 1; k + 2 < units.length; k++) {
    if (units[k].text !== '(' || units[k + 2].text !== ')' || units[k + 1].kind !== 'word' || !acronymLike(units[k + 1].text)) continue;
    const acr = units[k + 1];
    const letters = [...acr.text].filter((c) => c !== c.toLowerCase()).join('');
    const start = definitionStart(s, k, letters);
    const acrFound = out.find((f) => f.start === acr.start && f.end === acr.end);
    if (start >= 0) {
      const from = units[start].start;
      const to = units[k - 1].end;
      // (a person found on evidence inside, not by the default for unknown capitalised words)
      if (out.some((f) => f.type === 'PER' && f.start >= from && f.end <= to && (f.rule === 'first-name' || f.kind === 'gazetteer' || f.role))) continue;
      if (!out.some((f) => f.start === from && f.end === to && f.type === 'ORG')) {
        for (let n = out.length - 1; n >= 0; n--) if (out[n].start >= from && out[n].end <= to) out.splice(n, 1);
        insertFound(out, { start: from, end: to, type: 'ORG', kind: 'name', canonical: words.slice(start, k).join(' '), rule: 'acronym' });
      }
    } else {
      const before = out.find((f) => f.end === units[k - 1].end);
      if (!before || before.type !== 'ORG') continue;
    }
    if (!acrFound) insertFound(out, { start: acr.start, end: acr.end, type: 'ORG', kind: 'name', canonical: acr.text, rule: 'acronym' });
  }
}

/** Index of the first unit of the words before the bracket at k whose initials spell `letters`, or -1. */
function definitionStart(s: RecogniserState, k: number, letters: string): number {
  const { units } = s;
  let want = letters.length - 1;
  let lower = 0;
  let j = k - 1;
  for (; j >= 0 && want >= 0; j--) {
    const u = units[j];
    if (u.kind !== 'word') return -1;
    if (!u.cap) {
      if (++lower > 2 || j === k - 1) return -1;
      continue;
    }
    lower = 0;
    // each capitalised hyphen part gives an initial ("Presse-Agentur": P, A), last part first
    for (let p = u.parts.length - 1; p >= 0; p--) {
      const c = u.parts[p].text.charAt(0);
      if (c === c.toLowerCase()) continue;
      if (want < 0 || c.toUpperCase() !== letters[want]) return -1;
      want--;
    }
    if (want < 0) return j;
  }
  return -1;
}
