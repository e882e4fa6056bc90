/**
 * The named-mention recogniser: finds PER/ORG/GPE/LOC/MISC names in the units of one sentence.
 * Order of evidence at each position: role nouns and titles (they introduce a person), first
 * name + capitalised word (a person), gazetteer (longest match), hyphen compounds (parts that
 * are names: "Pentagon-Sprechers", "Trump-Administration"), nationality adjectives/demonyms,
 * and finally runs of capitalised words typed by organisation suffixes, context words, known
 * surnames and a default.
 *
 * @example
 * const found = recogniseSentence(nerData('de'), units, memory, false);
 */
import type { Span } from '../contract/schema.js';
import type { GazEntry, NerData, NerType, RoleEntry } from './data.js';
import { germanAdjectiveCountry, germanRole, germanShape, germanShapeLower, type GermanShape } from './german.js';
import type { Unit } from './units.js';

/** One recognised name with the facts found for it. */
export interface Found extends Span {
  type: NerType;
  kind: 'name' | 'demonym' | 'prefix' | 'gazetteer';
  canonical?: string;
  /** gazetteer source when found there */
  source?: GazEntry['source'];
  country?: string;
  sector?: string;
  role?: string;
  roleSpan?: Span;
}

/** Names seen earlier in the document: surname (and its genitive) → full name. */
export interface NameMemory {
  surnames: Map<string, string>;
}

interface PendingRole {
  role: string;
  sector?: string;
  country?: string;
  span: Span;
  /** index of the unit right after the role */
  next: number;
}

const STRONG_ORG_SUFFIX = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'AG', 'GmbH', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'SE', 'KGaA']);
const OPENERS = new Set(['"', '„', '“', '»', '«', '(', '[', "'", '‚', '‘', '-', '–', '—', ':', '*']);
const NAME_MAX = 5;
/** family-name endings that German common nouns share (not used as evidence in German) */
const GERMAN_NOUN_LIKE_ENDINGS = new Set(['sen', 'mann', 'stein']);
const QUOTE_CLOSERS = new Set(['"', '“', '«', '»', '‘', "'", '”']);
/** Roman numerals from II (not "I", "V", "X", which also stand alone) */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)\.?$/;
/** a capital after a lower-case letter inside a word, except name prefixes (McCain, DeLonge, LaGuardia, DiCaprio, MacArthur) */
const CAMEL = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O')\p{Lu}\p{Ll}+\p{Lu}/u;
/** English "not a name on its own" answers per word (words recur across articles) */
const STOP_MEMO_EN = new Map<string, boolean>();

function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/** Recogniser for one sentence's units; `allCapsSentence` marks headlines in capitals. */
export function recogniseSentence(d: NerData, units: Unit[], memory: NameMemory, allCapsSentence: boolean): Found[] {
  return createRecogniser(d, memory)(units, allCapsSentence);
}

/**
 * A recogniser for the sentences of one document (sharing the name memory). Its helpers are
 * created once per document, not per sentence: closures are cheap to call but not to create.
 */
export function createRecogniser(d: NerData, memory: NameMemory): (units: Unit[], allCapsSentence: boolean) => Found[] {
  const de = d.lang === 'de';
  let out: Found[] = [];
  let units: Unit[] = [];
  let words: string[] = [];
  let lowerWords: string[] = [];
  let allCapsSentence = false;
  let pending: PendingRole | null = null;
  let gazMemo: ({ length: number; value: GazEntry } | null | undefined)[] = [];
  let stopMemoAt: (boolean | undefined)[] = [];
  let roleMemoAt: (RoleEntry | null | undefined)[] = [];
  let shapeMemoAt: (GermanShape | undefined)[] = [];
  let firstMemoAt: (boolean | undefined)[] = [];

  // context classes of each unit, looked up once per unit (ctx asks several classes of the same unit)
  let ctxMemoAt: (Set<string> | null | undefined)[] = [];
  const ctx = (i: number, cls: string) => {
    if (i < 0 || i >= units.length) return false;
    let c = ctxMemoAt[i];
    if (c === undefined) ctxMemoAt[i] = c = d.context.get(units[i].lower) ?? null;
    return c !== null && c.has(cls);
  };
  const isWord = (i: number) => i >= 0 && i < units.length && units[i].kind === 'word';
  const sentenceStart = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (!OPENERS.has(units[k].text)) return false;
    return true;
  };
  const gazAt = (i: number): { length: number; value: GazEntry } | null => {
    let r = gazMemo[i];
    if (r === undefined) gazMemo[i] = r = gazLookup(i);
    return r;
  };
  const gazLookup = (i: number): { length: number; value: GazEntry } | null => {
    const exact = d.gazetteer.longest(words, i);
    // "Oder", "Man": a function word capitalised at the start of a sentence is not the river or town
    if (exact && exact.length === 1 && de && d.functionWords.has(units[i].lower) && sentenceStart(i)) return null;
    if (exact) return exact;
    // German genitive of a place: "Erfurts", "Wetzlars"
    const w = words[i];
    if (de && w.length > 4 && w.endsWith('s') && units[i].cap) {
      const base = d.gazetteer.longest([w.slice(0, -1)], 0);
      if (base && base.length === 1 && (base.value.source === 'city' || base.value.source === 'place' || base.value.source === 'country') && !/[sxzß]$/.test(w.slice(0, -1))) return base;
    }
    if (units[i].allCaps && (allCapsSentence || units[i].text.length > 4)) {
      const m = d.gazetteerLower.longestLower(lowerWords, i);
      // acronyms in an all-caps headline are ordinary words ("WHO", "IT"): only title-case names there
      if (m && !(allCapsSentence && m.length === 1 && d.gazetteer.has(units[i].text) === false && units[i].text.length <= 3)) return m;
    }
    return null;
  };
  const stop = (w: string): boolean => {
    if (de) return germanShape(d, w).stop;
    let v = STOP_MEMO_EN.get(w);
    if (v === undefined) {
      v = d.stopWords.has(w) || d.stopWords.has(titleCase(w));
      if (STOP_MEMO_EN.size > 200_000) STOP_MEMO_EN.clear();
      STOP_MEMO_EN.set(w, v);
    }
    return v;
  };
  /**
   * A word with a final dot before a capitalised word ("Jun. Hegseths") where the segmenter
   * took the dot for an abbreviation: the name ends there, without the dot. Initials ("J.")
   * and legal forms ("Inc.") keep theirs.
   */
  const missedStop = (k: number): boolean => {
    const w = units[k].text;
    if (w.length <= 2 || !w.endsWith('.') || d.orgSuffixWords.has(w) || /^(\p{Lu}\.)+$/u.test(w)) return false;
    const next = units[k + 1];
    return !!next && next.kind === 'word' && next.cap;
  };
  const nameEnd = (k: number): number => units[k].end - (missedStop(k) ? 1 : 0);
  /**
   * A German word after a first name that cannot be a family name: only function words. Nouns
   * can ("Thomas Mann", "Max Herbst"): a first name before a capitalised word is strong evidence.
   */
  const surnameBlocked = (k: number): boolean => d.functionWords.has(units[k].lower);
  const stopAt = (i: number): boolean => {
    let v = stopMemoAt[i];
    if (v === undefined) {
      const u = units[i];
      // a word unit's lower-case form is at hand: the German answer depends only on it
      stopMemoAt[i] = v = de && u.kind === 'word' ? shapeAt(i).stop : stop(u.text);
    }
    return v;
  };
  /** German shape of a word unit's lower-case form, one memo lookup per unit (stopAt and roleAt share it) */
  const shapeAt = (i: number): GermanShape => {
    let v = shapeMemoAt[i];
    if (v === undefined) shapeMemoAt[i] = v = germanShapeLower(d, units[i].lower);
    return v;
  };
  /** German role noun of a capitalised unit (its last hyphen part), memoised per sentence */
  const roleAt = (i: number): RoleEntry | null => {
    let v = roleMemoAt[i];
    if (v === undefined) {
      const u = units[i];
      roleMemoAt[i] = v = !u.cap ? null
        : u.kind === 'word' && u.parts.length === 1 ? shapeAt(i).role // the one part is the word
          : germanRole(d, u.parts[u.parts.length - 1].text);
    }
    return v;
  };
  // "von der Leyen", "van der Vaart": German articles join a name only after von/van/de
  const connectorAt = (j: number): boolean => {
    if (!ctx(j, 'connector')) return false;
    const w = units[j].text;
    if (de && (w === 'der' || w === 'den')) return j > 0 && ['von', 'van', 'de'].includes(units[j - 1].text);
    return true;
  };
  const nameLike = (i: number): boolean => {
    if (!isWord(i)) return false;
    const u = units[i];
    if (!u.nameable || u.text.length < 2) return false; // "W", "L" in tables, "I"; initials keep their dot ("J.")
    if (allCapsSentence) return false;
    return true;
  };
  const isTown = (i: number) => {
    const g = gazAt(i);
    return !!g && g.length === 1 && (g.value.source === 'city' || (g.value.source === 'place' && g.value.type === 'GPE'));
  };
  const isAcronym = (i: number) => units[i].allCaps && !allCapsSentence && !d.acronymNonNames.has(units[i].text);
  // asked of the same unit from several rules: one Set lookup per unit and sentence
  const firstName = (i: number) => {
    if (!isWord(i)) return false;
    let v = firstMemoAt[i];
    if (v === undefined) firstMemoAt[i] = v = d.firstNames.has(units[i].text) || (units[i].allCaps && d.firstNames.has(titleCase(units[i].text)));
    return v;
  };

  const push = (f: Found) => {
    out.push(f);
  };
  const rememberPerson = (startUnit: number, endUnit: number, canonical: string) => {
    if (endUnit - startUnit < 2) return;
    const last = units[endUnit - 1].text;
    memory.surnames.set(last, canonical);
    if (de) memory.surnames.set(`${last}s`, canonical);
  };
  const knownSurname = (w: string): string | null => {
    const m = memory.surnames.get(w);
    if (m) return m;
    const g = d.knownSurnames.get(w);
    if (g) return g.canonical;
    if (de && w.endsWith('s')) {
      const base = w.slice(0, -1);
      const b = memory.surnames.get(base) ?? d.knownSurnames.get(base)?.canonical;
      if (b) return b;
    }
    return null;
  };
  const roleFields = (i: number): Partial<Found> => {
    if (!pending || pending.next !== i) return {};
    const r: Partial<Found> = { role: pending.role, roleSpan: pending.span };
    if (pending.sector) r.sector = pending.sector;
    if (pending.country) r.country = pending.country;
    return r;
  };

  return (sentenceUnits: Unit[], caps: boolean): Found[] => {
    units = sentenceUnits;
    // one loop for both word arrays (no callback per unit; push keeps them packed)
    words = [];
    lowerWords = [];
    for (const u of units) {
      words.push(u.text);
      lowerWords.push(u.lower);
    }
    allCapsSentence = caps;
    out = [];
    pending = null;
    gazMemo = new Array(units.length);
    stopMemoAt = new Array(units.length);
    roleMemoAt = new Array(units.length);
    shapeMemoAt = new Array(units.length);
    firstMemoAt = new Array(units.length);
    ctxMemoAt = new Array(units.length);
    recogniseUnits();
    markTeams(units, out);
    return out;
  };

  function recogniseUnits(): void {
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    if (u.kind !== 'word') {
      i++;
      continue;
    }
    // most words are lower-case common words: one Set lookup decides that nothing starts here
    if (!u.cap && u.parts.length === 1 && !d.lowerStarts.has(u.text) && !(de && u.text.includes('isch'))) {
      i++;
      continue;
    }

    // 1. roles and titles: they are not names, but make the next capitalised words a person
    const role = findRole(i);
    if (role) {
      pending = role;
      i = role.next;
      continue;
    }

    // 2. first name + capitalised word(s) → person
    if (!allCapsSentence && firstName(i) && nameLike(i + 1) && gazAt(i)?.value.type !== 'PER' && !(de && surnameBlocked(i + 1) && !knownSurname(units[i + 1].text))) {
      const g = gazAt(i + 1);
      // a family name may be a town or a demonym ("Christiane Holländer", "Anna Berlin")
      if (!g || g.value.type === 'PER' || g.length === 1 && (g.value.source === 'city' || (de && g.value.source === 'demonym'))) {
        let j = i + 1;
        while (j < units.length && j - i < NAME_MAX && (nameLike(j) || (connectorAt(j) && nameLike(j + 1))) && !(j > i + 1 && stopAt(j) && !knownSurname(units[j].text))) {
          if (j > i + 1 && gazAt(j) && gazAt(j)!.value.source !== 'city') break;
          j++;
          if (missedStop(j - 1)) break;
        }
        const canonical = words.slice(i, j).join(' ').replace(/\.$/, missedStop(j - 1) ? '' : '.');
        push({ start: u.start, end: nameEnd(j - 1), type: 'PER', kind: 'name', canonical, ...roleFields(i) });
        rememberPerson(i, j, canonical);
        pending = null;
        i = j;
        continue;
      }
    }

    // "Bundesverband Deutscher Banken", "Deutsche Bauernverband": an organisation head with a
    // capitalised nationality adjective is one organisation name
    if (de && u.cap) {
      const end = adjectiveOrgEnd(i);
      if (end > i) {
        push({ start: u.start, end: units[end - 1].end, type: 'ORG', kind: 'name', canonical: words.slice(i, end).join(' ') });
        i = end;
        continue;
      }
    }

    // 3. gazetteer
    const g = gazAt(i);
    if (g) {
      const e = g.value;
      const end = units[i + g.length - 1].end;
      const f: Found = { start: u.start, end, type: e.type, kind: e.source === 'demonym' ? 'demonym' : 'gazetteer', canonical: e.canonical, source: e.source };
      if (e.country) f.country = e.country;
      if (e.sector) f.sector = e.sector;
      if (e.type === 'PER') Object.assign(f, roleFields(i));
      // a club or company name followed by its town is one name ("Juventus Turin", "Bayer Leverkusen")
      let len = g.length;
      if (e.type !== 'PER' && e.type !== 'MISC' && i + len < units.length && (STRONG_ORG_SUFFIX.has(units[i + len].text) || (e.type === 'ORG' && d.orgSuffixWords.has(units[i + len].text)))) {
        // "Siemens AG", "Toyota Motor Corp.": a legal-form suffix makes the whole an organisation
        len++;
        f.end = units[i + len - 1].end;
        f.type = 'ORG';
      } else if ((e.type === 'GPE' || e.type === 'LOC') && !allCapsSentence && placeOrgEnd(i + len) > i + len) {
        // "New York Stock Exchange", "Kurdistan Democratic Party": a place starting an organisation name
        len = placeOrgEnd(i + len) - i;
        f.end = units[i + len - 1].end;
        f.type = 'ORG';
        f.kind = 'name';
        f.canonical = words.slice(i, i + len).join(' ');
        delete f.source;
      } else if (!de && (e.type === 'GPE' || e.type === 'LOC') && i + len < units.length && d.heads.get(units[i + len].text) === 'MISC') {
        // "U.S. Open", "Hong Kong Open", "Korean War": a place before an event head word
        len++;
        f.end = units[i + len - 1].end;
        f.type = 'MISC';
        f.kind = 'name';
        f.canonical = words.slice(i, i + len).join(' ');
        delete f.source;
        delete f.country;
      } else if (de && (e.type === 'GPE' || e.type === 'LOC') && slashPlace(i + len)) {
        // "München/Hamburg", "Frankfurt/Oder": places joined by a slash without spaces are one name
        len += 2;
        f.end = units[i + len - 1].end;
        f.type = 'LOC';
        f.kind = 'name';
        f.canonical = words.slice(i, i + len).join('');
        delete f.source;
      } else if (e.type === 'ORG' && (e.sector === 'CVL' || ctx(i, 'org-prefix')) && i + len < units.length && isTown(i + len)) {
        len++;
        f.end = units[i + len - 1].end;
      }
      push(f);
      if (len !== g.length) {
        i += len;
        continue;
      }
      if (e.type === 'PER') rememberPerson(i, i + g.length, e.canonical);
      if (e.source === 'demonym' && de) pending = null;
      i += g.length;
      continue;
    }

    // 4. hyphen compounds: name parts inside ("Pentagon-Sprechers", "Trump-Administration", "US-Zölle")
    if (u.parts.length > 1) {
      compound(i);
      i++;
      continue;
    }

    // 5. nationality adjectives (German, lower or upper case): MISC tied to the country
    if (de && u.text.includes('isch')) {
      const c = germanAdjectiveCountry(d, u.text);
      if (c !== null) {
        push({ start: u.start, end: u.end, type: 'MISC', kind: 'demonym', ...(c ? { country: c } : {}) });
        i++;
        continue;
      }
    }

    // 6. a town adjective + head noun is one name ("Berliner Zeitung", "Tegeler See")
    if (de && u.cap && u.text.endsWith('er') && i + 1 < units.length && units[i + 1].kind === 'word' && units[i + 1].cap) {
      const head = units[i + 1].text.toLowerCase();
      const cls = ctx(i + 1, 'org-prefix') && units[i + 1].allCaps ? 'org-head' : headClass(head);
      if (cls && townAdjective(u.text)) {
        push({ start: u.start, end: units[i + 1].end, type: cls === 'org-head' ? 'ORG' : 'LOC', kind: 'name', canonical: `${u.text} ${units[i + 1].text}` });
        i += 2;
        continue;
      }
    }

    // 7. runs of capitalised words
    if (nameLike(i) || (allCapsSentence && false)) {
      const consumed = run(i);
      i = consumed;
      continue;
    }
    i++;
  }
  }

  function findRole(i: number): PendingRole | null {
    const u = units[i];
    if (de) {
      if (!u.cap) return null;
      const r = roleAt(i);
      if (!r) return null;
      // a role noun counts only when a capitalised word follows (else it is just a noun)
      let country: string | undefined;
      for (const p of u.parts.slice(0, -1)) {
        const m = d.gazetteer.longest([p.text], 0);
        if (m && m.value.country && (m.value.type === 'GPE')) country = m.value.country;
        const org = m && m.value.type === 'ORG' ? m.value : null;
        // a country prefix ("US-" in "US-Präsident") is a modifier like "chinesischen": MISC tied to the country
        if (m) push({ start: p.start, end: p.end, type: m.value.type === 'GPE' ? 'MISC' : m.value.type, kind: m.value.type === 'GPE' ? 'prefix' : 'gazetteer', canonical: m.value.canonical, ...(m.value.country ? { country: m.value.country } : {}), ...(org?.sector ? { sector: org.sector } : {}) });
      }
      const prev = i > 0 ? units[i - 1] : null;
      if (!country && prev && prev.kind === 'word') {
        const c = germanAdjectiveCountry(d, prev.text);
        if (c) country = c;
      }
      return { role: r.role, sector: r.sector, country, span: { start: u.start, end: u.end }, next: i + 1 };
    }
    const m = d.roles.longestLower(lowerWords, i);
    if (!m) return null;
    const next = i + m.length;
    // an English role introduces a name only when a capitalised word follows and the role is
    // not itself the start of a known name ("General Motors")
    const g = d.gazetteer.longest(words, i);
    if (g && g.length >= m.length) return null;
    if (!(next < units.length && units[next].cap && units[next].kind === 'word')) return null;
    let country: string | undefined;
    const prev = i > 0 ? d.gazetteer.longest(words, i - 1) : null;
    if (prev && prev.length === 1 && prev.value.country) country = prev.value.country;
    return { role: m.value.role, sector: m.value.sector, country, span: { start: u.start, end: units[next - 1].end }, next };
  }

  function compound(i: number): void {
    const u = units[i];
    const parts = u.parts;
    const last = parts[parts.length - 1];
    const lastLower = last.text.toLowerCase();
    const head = parts[0];
    // "Trump-Administration", "Biden-Regierung": a name-like first part + organisation head → ORG as a whole
    const orgEnd = d.orgSuffixEndings.find(([s]) => lastLower === s || lastLower === `${s}s` || lastLower === `${s}en`);
    if (orgEnd && /^\p{Lu}/u.test(head.text)) {
      const firstGaz = d.gazetteer.longest([head.text], 0);
      const person = knownSurname(head.text);
      if (person || (firstGaz && firstGaz.value.type === 'PER')) {
        const country = firstGaz?.value.country ?? d.knownSurnames.get(head.text)?.country;
        push({ start: u.start, end: u.end, type: 'ORG', kind: 'name', canonical: u.text, sector: orgEnd[1] || undefined, ...(country ? { country } : {}) });
        return;
      }
    }
    // the whole compound may be listed ("US-Repräsentantenhaus", "Baden-Württemberg")
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (!/^\p{Lu}/u.test(p.text)) continue;
      const m = d.gazetteer.longest([p.text], 0) ?? (p.text.length > 2 && isAllCapsWord(p.text) ? d.gazetteerLower.longest([p.text.toLowerCase()], 0) : null);
      if (m && m.value.source !== 'demonym') {
        const e = m.value;
        const isPrefix = k < parts.length - 1 && e.type === 'GPE';
        if (k === parts.length - 1 && e.source === 'city' && parts.length > 1) continue;
        // an organisation before a head that is not its body or meeting is a modifier ("Uefa-Cup")
        const modifier = isPrefix || (de && k < parts.length - 1 && e.type === 'ORG' && !partHead(lastLower));
        push({ start: p.start, end: p.end, type: modifier ? 'MISC' : e.type, kind: isPrefix ? 'prefix' : 'gazetteer', canonical: e.canonical, ...(e.country ? { country: e.country } : {}), ...(e.sector ? { sector: e.sector } : {}) });
        continue;
      }
      const s = knownSurname(p.text);
      if (s && k < parts.length - 1) push({ start: p.start, end: p.end, type: 'PER', kind: 'name', canonical: s });
    }
  }

  /**
   * End (exclusive) of an organisation name continuing a place name at unit k: a listed
   * organisation right there, or capitalised words ending in an organisation suffix word;
   * k itself when there is none.
   */
  function placeOrgEnd(k: number): number {
    if (k >= units.length || !nameLike(k)) return k;
    const g = gazAt(k);
    if (g) return g.value.type === 'ORG' && g.value.source === 'org' ? k + g.length : k;
    let j = k;
    while (j < units.length && j - k < 4 && nameLike(j) && !gazAt(j) && units[j].parts.length === 1) {
      if (d.orgSuffixWords.has(units[j].text)) return j + 1;
      if (de && stopAt(j)) break;
      j++;
    }
    return k;
  }

  /** The last part of a German compound names a body, meeting or the whole of an organisation ("Fraktion", "Haushaltsgipfels"). */
  function partHead(lowerLast: string): boolean {
    const w = lowerLast.slice(0, lowerLast.length - endingLength(lowerLast, true));
    for (const h of d.partHeads) if (lowerLast.endsWith(h) || w.endsWith(h)) return true;
    return false;
  }

  /** A single German word ending in a long organisation head ("Innenministerium", "Bundesregierung"). */
  function orgEnding(lowerWord: string): boolean {
    for (const [e] of d.orgSuffixEndings) if (e.length >= 8 && lowerWord.length > e.length + 2 && lowerWord.endsWith(e)) return true;
    return false;
  }

  /** "1. FC Köln", "SV 09 Flörsheim", "VfL Osnabrück": a club prefix with number and town words. */
  function club(i: number): number {
    let j = i + 1;
    while (j < units.length && j - i <= 4) {
      const x = units[j];
      if (x.kind === 'num' && /^\d{1,2}$/.test(x.text)) j++;
      else if (nameLike(j) && (!stopAt(j) || isTown(j)) && !findRoleQuiet(j)) j++;
      else break;
    }
    while (j > i + 1 && units[j - 1].kind === 'num') j--;
    if (j === i + 1) return i;
    let start = units[i].start;
    if (i >= 2 && units[i - 1].text === '.' && units[i - 2].kind === 'num' && /^\d$/.test(units[i - 2].text) && units[i - 1].start === units[i - 2].end) start = units[i - 2].start;
    push({ start, end: units[j - 1].end, type: 'ORG', kind: 'name', sector: 'CVL', canonical: (start !== units[i].start ? `${units[i - 2].text}. ` : '') + words.slice(i, j).join(' ') });
    return j;
  }

  function run(i: number): number {
    if (de && ctx(i, 'org-prefix')) {
      const k = club(i);
      if (k > i) return k;
    }
    // collect the capitalised run
    let j = i;
    const startsSentence = sentenceStart(i);
    while (j < units.length && j - i < NAME_MAX + 1) {
      if (nameLike(j)) {
        // a club prefix takes the town with it ("VfL Osnabrück", "Preußen Münster")
        if (j > i && ctx(i, 'org-prefix') && isTown(j)) {
          j++;
          continue;
        }
        if (j > i && (gazAt(j) || findRoleQuiet(j))) break;
        if (units[j].parts.length > 1 && j > i) break;
        j++;
        if (missedStop(j - 1)) break;
        continue;
      }
      if (j > i && connectorAt(j) && (nameLike(j + 1) || connectorAt(j + 1))) {
        j++;
        continue;
      }
      if (!de && j > i && units[j].text === 'of' && nameLike(j + 1) && (ctx(j - 1, 'org-of') || ctx(j - 1, 'loc-of'))) {
        // "Bank of Korea", "Gulf of Mexico": the name after "of" belongs to the whole
        const g = gazAt(j + 1);
        if (g) {
          j += 1 + g.length;
          break;
        }
        j++;
        continue;
      }
      if (!de && j > i && (units[j].text === '&') && nameLike(j + 1)) {
        j++;
        continue;
      }
      break;
    }
    // drop leading common nouns (German) / non-names (English)
    let a = i;
    while (a < j && (stopAt(a) && !knownSurname(units[a].text) && !(de && j - i === 1 && orgEnding(units[a].lower)) || (de && a === i && ctx(a - 1, 'det') && !knownSurname(units[a].text) && !isAcronym(a) && !ctx(a, 'org-prefix')))) a++;
    if (a > i) {
      if (a === j) return j;
      return a; // restart after the noun so the next words get their own evidence
    }
    // trailing connectors are not part of a name
    while (j > a && !nameLike(j - 1)) j--;
    // German: a capitalised word followed by more words where any is a common noun stops the name there
    if (de) {
      for (let k = a + 1; k < j; k++) {
        if (nameLike(k) && stopAt(k) && !(k === j - 1 && d.orgSuffixWords.has(units[k].text)) && !knownSurname(units[k].text)) {
          j = k;
          break;
        }
      }
      while (j > a && !nameLike(j - 1)) j--;
      // a capitalised first word of the sentence without evidence is not part of the name
      if (startsSentence && a === i && j - a >= 2 && !firstName(a) && !knownSurname(units[a].text)) return a + 1;
    }
    // an apposition before a first name is not part of the name ("Torjäger Robert Vittek")
    for (let k = a + 1; k < j - 1; k++) {
      if (firstName(k)) return k;
    }
    const first = units[a];
    const span = { start: first.start, end: nameEnd(j - 1) };
    const text = words.slice(a, j).join(' ');
    const rf = roleFields(a);

    const typed = typeRun(a, j, startsSentence, rf.role !== undefined);
    const type = typed?.type ?? null;
    const sector = typed?.sector;
    if (type) {
      const f: Found = { start: span.start, end: span.end, type, kind: 'name', canonical: type === 'PER' ? knownSurname(text) ?? text : text, ...(type === 'PER' ? rf : {}) };
      if (sector) f.sector = sector;
      push(f);
      // only persons found on evidence (not by the multi-word default) name later surnames
      if (type === 'PER' && !typed?.weak) rememberPerson(a, j, text);
    }
    pending = null;
    return j;
  }

  /** Some unit of units[a..j) is spelled as a listed first name (no slice, no callback). */
  function anyFirstName(a: number, j: number): boolean {
    for (let k = a; k < j; k++) if (d.firstNames.has(units[k].text)) return true;
    return false;
  }

  /** Decides the type of the capitalised run units[a..j), or null when it is not a name. */
  function typeRun(a: number, j: number, startsSentence: boolean, hasRole: boolean): { type: NerType; sector?: string; weak?: boolean } | null {
    const len = j - a;
    const first = units[a];
    const lastU = units[j - 1];
    const prevWord = a > 0 && units[a - 1].kind === 'word' ? units[a - 1].text.toLowerCase() : '';
    const suffix = d.orgSuffixWords.get(lastU.text);
    if (suffix !== undefined && (len >= 2 || STRONG_ORG_SUFFIX.has(lastU.text))) return { type: 'ORG', sector: suffix || undefined };
    if (de && len === 1 && orgEnding(first.lower)) return { type: 'ORG' };
    if (hasRole) return { type: 'PER' };
    if (len === 1 && knownSurname(first.text)) return { type: 'PER' };
    if (ctx(a, 'org-prefix') && len >= 2) return { type: 'ORG' };
    if (ctx(a, 'loc-prefix') && len >= 2) return { type: 'LOC' };
    if (ctx(a - 1, 'org-intro') || (de && endsWithContext(prevWord, 'org-intro'))) return { type: 'ORG' };
    if (ctx(a - 1, 'loc-intro') || (!de && a >= 2 && units[a - 1].text === 'of' && ctx(a - 2, 'loc-intro'))) return { type: 'GPE' };
    // acronyms in a normal sentence are organisations unless listed otherwise ("SWR", "IKB")
    if (len === 1 && first.allCaps && !allCapsSentence && first.text.length <= 6) return d.acronymNonNames.has(first.text) ? null : { type: 'ORG' };
    if (len === 1 && first.text.length < 2) return null; // a lone capital letter ("A", a broken "Â")
    if (ctx(j, 'speech') || ctx(a - 1, 'speech')) return { type: 'PER' };
    if (ageOrParty(j)) return { type: 'PER' };
    if (len === 1 && firstName(a) && !startsSentence) return { type: 'PER' };
    if (startsSentence && len === 1) return null; // a capitalised first word on its own says nothing
    if (len >= 2 && anyFirstName(a, j)) return { type: 'PER' };
    if (!de && len >= 3 && ctx(a, 'org-of') && units[a + 1].text === 'of') return { type: 'ORG' };
    if (!de && len >= 3 && ctx(a, 'loc-of') && units[a + 1].text === 'of') return { type: 'LOC' };
    if (!de && len >= 2 && ctx(a, 'org-of')) return { type: 'ORG' };
    if (ctx(a - 1, 'loc-prep')) {
      if (!de && len <= 2) return { type: 'LOC' };
      if (de && len === 1 && d.placeEndings.some((e) => first.text.length > e.length + 2 && first.text.toLowerCase().endsWith(e))) return { type: 'LOC' };
      // "in Kreischa": an unknown word that is no noun (not in the noun list, no noun ending) after "in"
      // (words in -e/-en are mostly nouns: "in Reichweite", "in Gaststätten")
      if (de && len === 1 && units[a - 1].lower === 'in' && !first.allCaps && first.text.length >= 4 && !/e[nr]?$/.test(first.text)) return { type: 'LOC' };
    }
    if (ctx(j, 'speech') || ctx(a - 1, 'speech')) return { type: 'PER' };
    const head = len >= 2 ? d.heads.get(units[j - 1].text) : undefined;
    if (head) return { type: head };
    if (len >= 2) return productLike(a, j) ? { type: 'MISC' } : { type: 'PER', weak: true };
    const low = first.lower;
    // German nouns end in -sen, -mann, -stein too ("Insassen", "Kameramann", "Meilenstein")
    const surnameLike = d.surnameEndings.some((e) => low.length > e.length + 2 && low.endsWith(e) && !(de && GERMAN_NOUN_LIKE_ENDINGS.has(e)));
    // German: a lone unknown word is a person only on evidence — a family-name ending (not at the
    // start of a sentence, where any noun is capitalised) or "…", so Barth" after a quotation
    if (de) return (surnameLike && !startsSentence) || quoteSo(a) ? { type: 'PER' } : null;
    if (surnameLike) return { type: 'PER' };
    return { type: 'ORG' };
  }

  /**
   * Capitalised words that look like a product, model or programme rather than a person
   * ("GeForce GTX", "Hartz IV", "Analytics 4.0"): a word in capitals, a Roman numeral, a word
   * with a capital inside (not "McCain", "DeLonge") or a number right after the words.
   */
  function productLike(a: number, j: number): boolean {
    for (let k = a; k < j; k++) {
      const w = units[k].text;
      if (w.length >= 2 && units[k].allCaps && !firstName(k)) return true;
      if (ROMAN.test(w) || CAMEL.test(w)) return true;
    }
    // a number after the words marks a model in German; in English it is often a score ("Wigan 42")
    return de && j < units.length && units[j].kind === 'num';
  }

  /** Unit k is a capitalised organisation head: a suffix word ("Stiftung") or a word ending in one ("Bauernverband"). */
  function orgHead(k: number): boolean {
    if (k >= units.length || !units[k].cap || units[k].kind !== 'word' || units[k].parts.length > 1) return false;
    if (d.orgSuffixWords.has(units[k].text)) return true;
    const w = units[k].lower;
    return d.orgSuffixEndings.some(([e]) => w.endsWith(e) || w.endsWith(`${e}s`) || w.endsWith(`${e}es`) || w.endsWith(`${e}en`));
  }

  /** A capitalised nationality adjective at unit k ("Deutsche", "Europäischen"). */
  function capitalDemonym(k: number): boolean {
    if (k >= units.length || !units[k].cap) return false;
    const g = gazAt(k);
    return !!g && g.length === 1 && g.value.source === 'demonym' && /e[nrs]?$/.test(units[k].text);
  }

  /** End of "Deutsche Bauernverband" / "Bundesverband Deutscher Banken" starting at i, else i. */
  function adjectiveOrgEnd(i: number): number {
    // (not "Schweizer Armee": a demonym in -er before a noun is a generic description)
    if (capitalDemonym(i) && !units[i].text.endsWith('er') && orgHead(i + 1)) return i + 2;
    if (i + 2 < units.length && units[i + 2].cap && capitalDemonym(i + 1) && orgHead(i) && units[i + 2].kind === 'word' && !gazAt(i + 2)) return i + 3;
    return i;
  }

  /** A slash right at unit k (no spaces around it) followed by a one-word place. */
  function slashPlace(k: number): boolean {
    if (k + 1 >= units.length || units[k].text !== '/' || units[k].start !== units[k - 1].end || units[k + 1].start !== units[k].end) return false;
    const g = gazAt(k + 1);
    return !!g && g.length === 1 && (g.value.type === 'GPE' || g.value.type === 'LOC');
  }

  /** `" , so Barth`: German "so" after a closing quotation names its speaker. */
  function quoteSo(a: number): boolean {
    return a >= 3 && units[a - 1].lower === 'so' && units[a - 2].text === ',' && QUOTE_CLOSERS.has(units[a - 3].text);
  }

  /** "Klum (37)", "Schulz (SPD)": an age or a party in brackets right after a name marks a person. */
  function ageOrParty(j: number): boolean {
    if (j + 2 >= units.length || units[j].text !== '(' || units[j + 2].text !== ')') return false;
    const inner = units[j + 1];
    if (inner.kind === 'num' && /^\d{1,3}$/.test(inner.text)) return true;
    const g = d.gazetteer.longest([inner.text], 0);
    return !!g && g.value.sector === 'PTY';
  }

  /** "org-head" or "loc-head" when the (possibly compound, inflected) noun ends in such a head. */
  function headClass(lowerWord: string): string | null {
    for (let k = 0; k <= lowerWord.length - 3; k++) {
      const tail = lowerWord.slice(k);
      // the tail, then the tail without an inflection ending (looked up once when it has none)
      const cut = endingLength(tail, true);
      for (let v = 0; v < (cut ? 2 : 1); v++) {
        const c = d.context.get(v ? tail.slice(0, tail.length - cut) : tail);
        if (c?.has('org-head')) return 'org-head';
        if (c?.has('loc-head')) return 'loc-head';
      }
    }
    return null;
  }

  /** True for an adjective made from a place name: "Berliner", "Hamburger", "Tegeler", "Kölner". */
  function townAdjective(word: string): boolean {
    const base = word.slice(0, -2);
    for (const cand of [base, `${base}e`, `${base}en`, base.replace(/n$/, 'en')]) {
      const g = d.gazetteer.longest([cand], 0);
      if (g && g.length === 1 && g.value.type !== 'PER' && g.value.type !== 'MISC') return true;
    }
    return false;
  }

  function endsWithContext(word: string, cls: string): boolean {
    if (word.length < 5) return false;
    for (let k = 1; k <= word.length - 4; k++) {
      const tail = word.slice(k);
      if (d.context.get(tail)?.has(cls)) return true;
      const cut = endingLength(tail, false);
      if (cut && d.context.get(tail.slice(0, tail.length - cut))?.has(cls)) return true;
    }
    return false;
  }

  function findRoleQuiet(j: number): boolean {
    if (de) return units[j].cap && roleAt(j) !== null && !firstName(j);
    const m = d.roles.longestLower(lowerWords, j);
    return !!m && !d.gazetteer.longest(words, j);
  }
}

const SCORE = /^\d{1,3}(-\d{1,3})?$/;
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'at', 'AT', 'V', 'VS']);

/**
 * Sports results: a place or name directly followed by a score ("Wigan 42 Bradford 36",
 * "Surrey 429-7") or facing another across "v"/"vs"/"at" is a team, i.e. an organisation.
 * Countries stay places (national teams are conventionally tagged as places).
 */
function markTeams(units: Unit[], found: Found[]): void {
  if (!found.length) return;
  for (const f of found) {
    if (f.type === 'PER' || f.type === 'MISC' || f.kind === 'prefix' || f.source === 'country' || f.source === 'org') continue;
    if (f.type === 'GPE' && f.source !== 'city' && f.source !== 'place') continue;
    const first = unitStarting(units, f.start);
    let k = first;
    while (k >= 0 && k < units.length && units[k].end < f.end) k++;
    if (k < 0 || first < 0) continue;
    const next = units[k + 1];
    const before = first > 0 ? units[first - 1] : null;
    const atScore = next && next.kind === 'num' && SCORE.test(next.text) && (!before || before.kind !== 'num');
    const facing = (next && VERSUS.has(next.text) && found.some((g) => g !== f && g.start === units[k + 2]?.start))
      || (before && VERSUS.has(before.text) && first >= 2 && found.some((g) => g !== f && g.end === units[first - 2].end));
    if (atScore || facing) {
      f.type = 'ORG';
      f.sector = 'CVL';
    }
  }
}

/** Index of the last unit starting at `start` (units are in text order), or -1: no Map per sentence. */
function unitStarting(units: Unit[], start: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (units[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && units[lo - 1].start === start ? lo - 1 : -1;
}

/**
 * Length of the inflection ending that /(en|n|s|es)$/ (withE: /(en|n|s|es|e)$/) would remove from
 * `w`: 2 for -en/-es, 1 for -n/-s (and -e), else 0. Char codes instead of a regex replace.
 */
function endingLength(w: string, withE: boolean): number {
  const n = w.length;
  if (n === 0) return 0;
  const last = w.charCodeAt(n - 1);
  if (n >= 2 && w.charCodeAt(n - 2) === 101 && (last === 110 || last === 115)) return 2;
  if (last === 110 || last === 115 || (withE && last === 101)) return 1;
  return 0;
}

function isAllCapsWord(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}
