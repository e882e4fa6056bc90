/**
 * After the rules, coordinated names: in a list joined by commas and a conjunction (`list-conjunction`
 * of ner-context: "und", "oder", "sowie"), a lone capitalised word the morphology does not know
 * (no noun, no compound, no stop word) takes the type of a person or place found in the same list:
 * "für Alfter , Swisttal und Wachtberg" (Alfter, Wachtberg towns → Swisttal GPE), "die Zonen
 * Tranomaro , Folakara , Antsirabe und Makay". Only for languages with a morphology (without it
 * an unknown word is no evidence).
 *
 * @example
 * // "Merkel und Pofalla reisten." → "Pofalla" PER (rule coordination) beside the known "Merkel"
 */
import type { NerType } from '../data.js';
import type { RecogniserState } from './state.js';
import type { Found } from './types.js';

// (not ORG: organisations are listed with persons and places alike: "die Regierung und Kolb")
const LIST_TYPES = new Set<NerType>(['PER', 'GPE', 'LOC']);
const LOWER_AFTER_UPPER = /^\p{Lu}\p{Ll}{2,}$/u;

/** Unit k is a list separator: a comma or a list conjunction; 2 for a conjunction, 1 for a comma, 0 otherwise. */
function separator(s: RecogniserState, k: number): number {
  if (k < 0 || k >= s.units.length) return 0;
  if (s.units[k].text === ',') return 1;
  return s.ctx(k, 'list-conjunction') ? 2 : 0;
}

/** A capitalised word unit the morphology does not know and that is not covered by a name. */
function candidate(s: RecogniserState, k: number, covered: Uint8Array): boolean {
  if (k < 0 || k >= s.units.length || covered[k]) return false;
  const u = s.units[k];
  if (u.kind !== 'word' || u.parts.length !== 1 || !u.cap || !LOWER_AFTER_UPPER.test(u.text)) return false;
  // (the morphology last: its answer is the dearest of these for a word not asked before)
  return !s.stopAt(k) && !s.d.functionWords.has(u.lower) && s.shapeAt(k).lex === 0;
}

/** The unit after k is no capitalised word (the candidate at k stands alone). */
function aloneAfter(s: RecogniserState, k: number): boolean {
  const n = s.units[k + 1];
  return !n || n.kind !== 'word' || !n.cap;
}

/** The unit before k is no capitalised word, or a common noun ("die Uranzonen Tranomaro , …"). */
function aloneBefore(s: RecogniserState, k: number): boolean {
  const p = s.units[k - 1];
  return !p || p.kind !== 'word' || !p.cap || s.stopAt(k - 1);
}

export function addCoordinated(s: RecogniserState): void {
  const { units, out } = s;
  if (!s.d.morph || out.length === 0 || s.allCapsSentence) return;
  // most sentences have no list conjunction: nothing to allocate for them
  let conjunction = false;
  for (let k = 0; k < units.length && !conjunction; k++) conjunction = units[k].kind === 'word' && !units[k].cap && s.ctx(k, 'list-conjunction');
  if (!conjunction) return;
  // which units are covered by a name, and where each name starts and ends (unit indices)
  const covered = new Uint8Array(units.length);
  const startAt = new Map<number, Found>();
  const endAt = new Map<number, Found>();
  let k = 0;
  for (const f of out) {
    while (k > 0 && units[k].start > f.start) k--;
    while (k < units.length && units[k].start < f.start) k++;
    let a = k;
    while (a < units.length && units[a].end <= f.end) covered[a++] = 1;
    if (a > k) {
      startAt.set(k, f);
      endAt.set(a - 1, f);
    }
  }
  const added: Found[] = [];
  for (const [first, f] of startAt) {
    // the anchor is a name found on evidence (not a guess from an unknown word itself)
    if (!LIST_TYPES.has(f.type) || f.kind === 'prefix' || f.kind === 'demonym' || f.rule === 'capitalised-run') continue;
    let last = first;
    while (last + 1 < units.length && covered[last + 1] && !startAt.has(last + 1)) last++;
    const found: number[] = [];
    let conj = false;
    // to the right: ", X", "und X", ", Name"
    for (let j = last + 1; separator(s, j);) {
      const sep = separator(s, j);
      const next = startAt.get(j + 1);
      if (next) {
        conj ||= sep === 2;
        let e = j + 1;
        while (e + 1 < units.length && covered[e + 1] && !startAt.has(e + 1)) e++;
        j = e + 1;
      } else if (candidate(s, j + 1, covered) && aloneAfter(s, j + 1)) {
        conj ||= sep === 2;
        found.push(j + 1);
        j += 2;
      } else break;
    }
    // to the left: "X ,", "X und", "Name ,"
    for (let j = first - 1; separator(s, j);) {
      const sep = separator(s, j);
      const prev = endAt.get(j - 1);
      if (prev) {
        conj ||= sep === 2;
        let b = j - 1;
        while (b > 0 && covered[b - 1] && !startAt.has(b)) b--;
        j = b - 1;
      } else if (candidate(s, j - 1, covered) && aloneBefore(s, j - 1) && !s.sentenceStart(j - 1)) {
        conj ||= sep === 2;
        found.push(j - 1);
        j -= 2;
      } else break;
    }
    if (!conj) continue;
    for (const c of found) {
      if (covered[c]) continue;
      covered[c] = 1;
      const u = units[c];
      added.push({ start: u.start, end: u.end, type: f.type, kind: 'name', canonical: u.text, rule: 'coordination' });
    }
  }
  for (const f of added) out.push(f);
}
