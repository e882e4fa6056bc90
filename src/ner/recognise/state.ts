/**
 * The recogniser's state for one sentence and the helpers its rules share: the sentence's
 * units and words, per-unit memos (gazetteer match, stop word, role, German shape, first name,
 * context classes), the pending role, the document's name memory and the list of names found.
 * One state per data object is reused for every sentence (`reset`).
 *
 * @example
 * const s = new RecogniserState(nerData('de'), { surnames: new Map() });
 * s.reset(units, false); s.gazAt(0);
 */
import type { GazEntry, NerData, RoleEntry } from '../data.js';
import { germanShape, germanShapeLower, type GermanShape } from '../german.js';
import type { Unit } from '../units.js';
import type { Found, NameMemory, PendingRole } from './types.js';
import { titleCase } from './util.js';

export const OPENERS = new Set(['"', '„', '“', '»', '«', '(', '[', "'", '‚', '‘', '-', '–', '—', ':', '*']);
/** Longest name of capitalised words. */
export const NAME_MAX = 5;
/** English "not a name on its own" answers per word (words recur across articles) */
const STOP_MEMO_EN = new Map<string, boolean>();

type GazHit = { length: number; value: GazEntry };

/**
 * The first code units of a set of names (1 where some name starts with it): asked of every word
 * unit, the first-name set (thousands of names, one hash lookup each) is consulted only for words
 * whose first letter starts a listed name, i.e. not for lower-case words. Rebuilt when the set's
 * size changes; one per set (weakly held).
 */
const initialsOf = new WeakMap<Set<string>, { size: number; at: Uint8Array }>();
function initials(names: Set<string>): Uint8Array {
  const c = initialsOf.get(names);
  if (c && c.size === names.size) return c.at;
  // (units are never empty, so an empty name never matched one)
  const at = new Uint8Array(65536);
  for (const n of names) if (n.length) at[n.charCodeAt(0)] = 1;
  initialsOf.set(names, { size: names.size, at });
  return at;
}

export class RecogniserState {
  /**
   * The language capitalises its common nouns (grammar.capitalisedNouns): a capitalised word is
   * asked its noun shape (stop lists, noun suffixes, compound heads) and role nouns are matched
   * inflected and as compound heads; otherwise stop words are matched as written and roles as
   * lower-case word sequences.
   */
  readonly nouns: boolean;
  out: Found[] = [];
  units: Unit[] = [];
  words: string[] = [];
  lowerWords: string[] = [];
  allCapsSentence = false;
  pending: PendingRole | null = null;
  /** name of the rule being asked (written into what it pushes) */
  rule = '';
  private gazMemo: (GazHit | null | undefined)[] = [];
  private stopMemoAt: (boolean | undefined)[] = [];
  private roleMemoAt: (RoleEntry | null | undefined)[] = [];
  private shapeMemoAt: (GermanShape | undefined)[] = [];
  private firstMemoAt: (boolean | undefined)[] = [];
  /** context classes of each unit, looked up once per unit (ctx asks several classes of the same unit) */
  private ctxMemoAt: (Set<string> | null | undefined)[] = [];
  /** first code units of the listed first names (initials), looked up once per sentence, not per unit */
  private firstInitials: Uint8Array = new Uint8Array(0);

  constructor(readonly d: NerData, readonly memory: NameMemory) {
    this.nouns = d.nouns;
  }

  reset(sentenceUnits: Unit[], caps: boolean): void {
    const units = (this.units = sentenceUnits);
    // one loop for both word arrays (no callback per unit; push keeps them packed)
    this.words = [];
    this.lowerWords = [];
    for (const u of units) {
      this.words.push(u.text);
      this.lowerWords.push(u.lower);
    }
    this.allCapsSentence = caps;
    this.out = [];
    this.pending = null;
    this.gazMemo = new Array(units.length);
    this.stopMemoAt = new Array(units.length);
    this.roleMemoAt = new Array(units.length);
    this.shapeMemoAt = new Array(units.length);
    this.firstMemoAt = new Array(units.length);
    this.ctxMemoAt = new Array(units.length);
    this.firstInitials = initials(this.d.firstNames);
  }

  ctx(i: number, cls: string): boolean {
    if (i < 0 || i >= this.units.length) return false;
    let c = this.ctxMemoAt[i];
    if (c === undefined) this.ctxMemoAt[i] = c = this.d.context.get(this.units[i].lower) ?? null;
    return c !== null && c.has(cls);
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.units.length && this.units[i].kind === 'word';
  }

  sentenceStart(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) if (!OPENERS.has(this.units[k].text)) return false;
    return true;
  }

  gazAt(i: number): GazHit | null {
    let r = this.gazMemo[i];
    if (r === undefined) this.gazMemo[i] = r = this.gazLookup(i);
    return r;
  }

  private gazLookup(i: number): GazHit | null {
    const { d, units, words } = this;
    const exact = d.gazetteer.longest(words, i);
    // "Oder", "Man": a function word capitalised at the start of a sentence is not the river or town
    if (exact && exact.length === 1 && d.functionWords.has(units[i].lower) && this.sentenceStart(i)) return null;
    if (exact) return exact;
    // genitive "-s" of a place: "Erfurts", "Wetzlars"
    const w = words[i];
    if (d.genitiveS && w.length > 4 && w.endsWith('s') && units[i].cap) {
      const base = d.gazetteer.word(w.slice(0, -1));
      if (base && base.length === 1 && (base.value.source === 'city' || base.value.source === 'place' || base.value.source === 'country') && !/[sxzß]$/.test(w.slice(0, -1))) return base;
    }
    if (units[i].allCaps && (this.allCapsSentence || units[i].text.length > 4)) {
      const m = d.gazetteerLower.longestLower(this.lowerWords, i);
      // acronyms in an all-caps headline are ordinary words ("WHO", "IT"): only title-case names there
      if (m && !(this.allCapsSentence && m.length === 1 && d.gazetteer.has(units[i].text) === false && units[i].text.length <= 3)) return m;
    }
    return null;
  }

  stop(w: string): boolean {
    if (this.nouns) return germanShape(this.d, w).stop;
    let v = STOP_MEMO_EN.get(w);
    if (v === undefined) {
      v = this.d.stopWords.has(w) || this.d.stopWords.has(titleCase(w));
      if (STOP_MEMO_EN.size > 200_000) STOP_MEMO_EN.clear();
      STOP_MEMO_EN.set(w, v);
    }
    return v;
  }

  /**
   * A word with a final dot before a capitalised word ("Jun. Hegseths") where the segmenter
   * took the dot for an abbreviation: the name ends there, without the dot. Initials ("J.")
   * and legal forms ("Inc.") keep theirs.
   */
  missedStop(k: number): boolean {
    const w = this.units[k].text;
    if (w.length <= 2 || !w.endsWith('.') || this.d.orgSuffixWords.has(w) || /^(\p{Lu}\.)+$/u.test(w)) return false;
    const next = this.units[k + 1];
    return !!next && next.kind === 'word' && next.cap;
  }

  nameEnd(k: number): number {
    return this.units[k].end - (this.missedStop(k) ? 1 : 0);
  }

  /**
   * A word after a first name that cannot be a family name: only function words (capitalised at
   * a sentence start, `ner-function-words`). Nouns can ("Thomas Mann", "Max Herbst"): a first
   * name before a capitalised word is strong evidence.
   */
  surnameBlocked(k: number): boolean {
    return this.d.functionWords.has(this.units[k].lower);
  }

  stopAt(i: number): boolean {
    let v = this.stopMemoAt[i];
    if (v === undefined) {
      const u = this.units[i];
      // a word unit's lower-case form is at hand: the noun-shape answer depends only on it
      this.stopMemoAt[i] = v = this.nouns && u.kind === 'word' ? this.shapeAt(i).stop : this.stop(u.text);
    }
    return v;
  }

  /** Noun shape of a word unit's lower-case form, one memo lookup per unit (stopAt and roleAt share it) */
  shapeAt(i: number): GermanShape {
    let v = this.shapeMemoAt[i];
    if (v === undefined) this.shapeMemoAt[i] = v = germanShapeLower(this.d, this.units[i].lower);
    return v;
  }

  /** Role noun of a capitalised unit (capitalised-noun languages) (its last hyphen part), memoised per sentence */
  roleAt(i: number): RoleEntry | null {
    let v = this.roleMemoAt[i];
    if (v === undefined) {
      const u = this.units[i];
      this.roleMemoAt[i] = v = !u.cap ? null
        : u.kind === 'word' && u.parts.length === 1 ? this.shapeAt(i).role // the one part is the word
          : germanShape(this.d, u.parts[u.parts.length - 1].text).role;
    }
    return v;
  }

  /**
   * "von der Leyen", "van der Vaart": a connector of class `connector-article` (German "der",
   * "den", also articles) joins a name only right after a lower-case `article-particle`
   * ("von", "van", "de"); other connectors always.
   */
  connectorAt(j: number): boolean {
    if (!this.ctx(j, 'connector')) return false;
    if (!this.ctx(j, 'connector-article') || this.units[j].text !== this.units[j].lower) return true;
    return j > 0 && this.ctx(j - 1, 'article-particle') && this.units[j - 1].text === this.units[j - 1].lower;
  }

  nameLike(i: number): boolean {
    if (!this.isWord(i)) return false;
    const u = this.units[i];
    if (!u.nameable || u.text.length < 2) return false; // "W", "L" in tables, "I"; initials keep their dot ("J.")
    if (this.allCapsSentence) return false;
    return true;
  }

  isTown(i: number): boolean {
    const g = this.gazAt(i);
    return !!g && g.length === 1 && (g.value.source === 'city' || (g.value.source === 'place' && g.value.type === 'GPE'));
  }

  isAcronym(i: number): boolean {
    return this.units[i].allCaps && !this.allCapsSentence && !this.d.acronymNonNames.has(this.units[i].text);
  }

  /**
   * A listed first name, also a hyphenated one whose parts are all listed ("Carl-Ludwig",
   * "Hans-Peter"); asked of the same unit from several rules: memoised per unit and sentence.
   */
  firstName(i: number): boolean {
    if (!this.isWord(i)) return false;
    let v = this.firstMemoAt[i];
    if (v === undefined) {
      const u = this.units[i];
      const names = this.d.firstNames;
      const ini = this.firstInitials;
      v = (ini[u.text.charCodeAt(0)] === 1 && names.has(u.text)) || (u.allCaps && names.has(titleCase(u.text)));
      if (!v && u.parts.length > 1) {
        v = true;
        for (const p of u.parts) if (!(ini[p.text.charCodeAt(0)] === 1 && names.has(p.text))) v = false;
      }
      this.firstMemoAt[i] = v;
    }
    return v;
  }

  push(f: Found): void {
    f.rule = this.rule;
    this.out.push(f);
  }

  rememberPerson(startUnit: number, endUnit: number, canonical: string): void {
    if (endUnit - startUnit < 2) return;
    const last = this.units[endUnit - 1].text;
    this.memory.surnames.set(last, canonical);
    if (this.d.genitiveS) this.memory.surnames.set(`${last}s`, canonical);
  }

  knownSurname(w: string): string | null {
    const { memory, d } = this;
    const m = memory.surnames.get(w);
    if (m) return m;
    const g = d.knownSurnames.get(w);
    if (g) return g.canonical;
    if (d.genitiveS && w.endsWith('s')) {
      const base = w.slice(0, -1);
      const b = memory.surnames.get(base) ?? d.knownSurnames.get(base)?.canonical;
      if (b) return b;
    }
    return null;
  }

  /** The gazetteer entry of a well-known person's surname (genitive "-s" tolerated), or null. */
  knownSurnameFacts(w: string): GazEntry | null {
    const { d } = this;
    return d.knownSurnames.get(w) ?? (d.genitiveS && w.endsWith('s') ? d.knownSurnames.get(w.slice(0, -1)) ?? null : null);
  }

  /** The pending role's fields for a name starting at unit i (none when the role was not right before). */
  roleFields(i: number): Partial<Found> {
    const pending = this.pending;
    if (!pending || pending.next !== i) return {};
    const r: Partial<Found> = { role: pending.role, roleSpan: pending.span };
    if (pending.sector) r.sector = pending.sector;
    if (pending.country) r.country = pending.country;
    return r;
  }

  /** A role noun or title starts at unit j (a name run stops before it). */
  findRoleQuiet(j: number): boolean {
    if (this.nouns) return this.units[j].cap && this.roleAt(j) !== null && !this.firstName(j);
    const m = this.d.roles.longestLower(this.lowerWords, j);
    return !!m && !this.d.gazetteer.longest(this.words, j);
  }
}
