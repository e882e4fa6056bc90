/**
 * Tokens with offsets: words (hyphen compounds such as "US-Präsident" stay one token; known
 * abbreviations and initials keep their period: "Dr.", "U.S.", "A."), numbers in German and
 * English notation as one token ("1,5", "3.000", "1.5", "3,000"), and punctuation, one
 * character each. One regular expression pass per sentence.
 *
 * @example
 * tokenizeSpan('Der US-Präsident zahlte 3.000 Euro.', 0, 35, 0, 'de', []).map((t) => t.text);
 * // ['Der', 'US-Präsident', 'zahlte', '3.000', 'Euro', '.']
 */
import type { Lang } from '../../contract/schema.js';
import type { Token } from '../../pipeline/doc.js';
import { abbreviationKind, segmentRules } from './abbreviations.js';

// 1: letter-period abbreviations ("U.S.", "z.B."); 2: names with an apostrophe ("O'Brien");
// 3: words and hyphen compounds (a trailing hyphen only before a space or comma: "Ein- und");
// 4: clitics ("'s", "n't" parts); 5: numbers; 6: any other visible character.
const TOKEN = new RegExp(
  [
    '((?:\\p{L}\\.){2,})',
    '(\\p{Lu}[\'’]\\p{Lu}[\\p{L}\\p{M}]*)',
    '(\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-‐‑][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*(?:-(?=[\\s,]))?)',
    '([\'’](?:s|S|re|ll|ve|d|m|t)(?![\\p{L}]))',
    '(\\d+(?:[.,]\\d+)*)',
    '(\\S)',
  ].join('|'),
  'gu',
);

/**
 * Appends the tokens of text[start, end) to `out`, all marked with `sentence`; returns `out`.
 */
export function tokenizeSpan(text: string, start: number, end: number, sentence: number,
  lang: Lang | string, out: Token[]): Token[] {
  const rules = segmentRules(lang);
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const s = m.index;
    let e = s + m[0].length;
    if (e > end) e = end;
    let kind: Token['kind'] = 'punct';
    if (m[1] !== undefined || m[2] !== undefined || m[4] !== undefined) kind = 'word';
    else if (m[3] !== undefined) {
      kind = 'word';
      // Keep the period of a known abbreviation or an initial with the word ("Dr.", "W.").
      if (text[e] === '.' && e < end) {
        const w = m[3];
        if (abbreviationKind(rules, w + '.') || (w.length === 1 && w !== w.toLowerCase())) {
          e++;
          TOKEN.lastIndex = e;
        }
      }
    } else if (m[5] !== undefined) kind = 'num';
    out.push({ start: s, end: e, text: text.slice(s, e), kind, sentence });
  }
  return out;
}

/** One part of a hyphen compound, with offsets into the full text. */
export interface CompoundPart {
  start: number;
  end: number;
  text: string;
}

/**
 * The parts of a hyphen compound token ("Ex-Pentagon-Beamter" → Ex, Pentagon, Beamter), with
 * offsets; a token without hyphen gives itself. Empty parts (trailing "Ein-") are left out.
 *
 * @example
 * compoundParts({ start: 10, end: 22, text: 'US-Präsident' });
 * // [{ start: 10, end: 12, text: 'US' }, { start: 13, end: 22, text: 'Präsident' }]
 */
export function compoundParts(token: { start: number; end: number; text: string }): CompoundPart[] {
  const parts: CompoundPart[] = [];
  const t = token.text;
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (i === t.length || c === '-' || c === '‐' || c === '‑') {
      if (i > from) parts.push({ start: token.start + from, end: token.start + i, text: t.slice(from, i) });
      from = i + 1;
    }
  }
  return parts;
}

/** Whether a token is a hyphen compound ("KI-Chips"). */
export function isCompound(token: { text: string }): boolean {
  return /[-‐‑]./.test(token.text);
}
