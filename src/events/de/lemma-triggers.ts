/**
 * German event triggers by lemma (lexicons/de/event-lemmas.tsv), matched through the morphology
 * layer (src/lang/de/morph): a main-clause verb whose particle stands at the end of its clause is
 * joined to it ("griff ... an" → angreifen, "nahmen ... fest" → festnehmen, "ließ ... frei" →
 * freilassen); nouns are looked up by their lemmas ("Angriffen" → Angriff), a compound missing from
 * the lexicon by its head ("Gipfeltreffen" → Treffen, "Raketenangriff" → Angriff), and the joined
 * forms of particle verbs flagged `joined` by theirs ("festnahm", "zurückgewiesen" → festnehmen,
 * zurückweisen). Used where no form pattern of event-patterns.tsv matches.
 *
 * @example
 * lemmaMatch(doc, words, 3, 0, 12, used); // { pattern: <angreifen ASSAULT>, at: [3, 9], anchor: 9 } for "griff ... an"
 */
import type { Doc } from '../../doc/doc.js';
import { startsLower } from '../../doc/letter-case.js';
import type { PloverType } from '../../contract/schema.js';
import { compiled, hasLexicon, lexicon } from '../../lang/lexicon.js';
import type { EventMorphology } from '../../lang/event-grammar.js';
import { eventParticles } from '../passive.js';
import { isClauseBreak } from '../clauses.js';
import { MAX_GAP, parsePattern, type Pattern, type PatternMatch } from '../patterns.js';

/** The lemma patterns of lexicons/<lang>/event-lemmas.tsv, keyed by lemma; ids after the form patterns' (they lose ties). */
function lemmaTable(lang: string): Map<string, Pattern> {
  return compiled(lang, 'event-lemmas:table', buildLemmaTable);
}

function buildLemmaTable(lang: string): Map<string, Pattern> {
  const table = new Map<string, Pattern>();
  if (!hasLexicon(lang, 'event-lemmas')) return table;
  const list = (c: string | undefined) => (!c || c === '-' ? [] : c.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean));
  lexicon(lang, 'event-lemmas').forEach(([lemma, type, mode, tgt, flags], k) => {
    if (!lemma || !type) return;
    table.set(lemma, {
      id: 100000 + k, source: `lemma:${lemma}`, elements: parsePattern(lemma.toLowerCase()), type: type as PloverType,
      mode: !mode || mode === '-' ? null : mode, targetCues: list(tgt), sourceCues: [], flags: list(flags), anchor: 0,
    });
  });
  return table;
}

function buildParticleSet(lang: string): Set<string> {
  return new Set(eventParticles(lang));
}

function particleSet(lang: string): Set<string> {
  return compiled(lang, 'event-particles:set', buildParticleSet);
}

/**
 * Per document (its lower-cased words): `next[k]`, the next index from k on that is a clause break
 * or a particle (words.length when none), and `breaks[k]`, 1 when token k is a clause break.
 */
interface Stops { next: Int32Array; breaks: Uint8Array }

/** The table of the document asked last: the events stage asks once per token, one document at a time. */
let lastWords: string[] | null = null;
let lastStops: Stops | null = null;

/**
 * The particle search below looks only at clause breaks and particles: every other word is skipped
 * through this table instead of being tested, up to MAX_GAP + 1 times for each lower-case word; the
 * clause breaks found while building it are kept, so the search does not test them again.
 */
function particleStops(doc: Doc, words: string[], ps: Set<string>): Stops {
  if (words === lastWords && lastStops && lastStops.next.length === words.length + 1) return lastStops;
  const next = new Int32Array(words.length + 1);
  const breaks = new Uint8Array(words.length + 1);
  let n = words.length;
  next[n] = n;
  for (let k = words.length - 1; k >= 0; k--) {
    const brk = isClauseBreak(doc, k);
    if (brk) breaks[k] = 1;
    if (brk || ps.has(words[k])) n = k;
    next[k] = n;
  }
  lastWords = words;
  lastStops = { next, breaks };
  return lastStops;
}

/** What lemmaMatch needs of a language, found with one lookup per token. */
interface LemmaLang {
  lemmas: Map<string, Pattern>; particles: Set<string>; memo: NounMemo;
  /** the particles of the verbs flagged `joined`: a lower-case word is looked up only when it opens with one */
  joined: string[];
}

function lemmaLang(lang: string): LemmaLang {
  return compiled(lang, 'event-lemmas:lang', buildLemmaLang);
}

function buildLemmaLang(lang: string): LemmaLang {
  const lemmas = lemmaTable(lang);
  const particles = particleSet(lang);
  const joined = new Set<string>();
  for (const [lemma, p] of lemmas) {
    if (!p.flags.includes('joined')) continue;
    const first = particlePrefixes(lemma, particles)[0];
    if (first) joined.add(first);
  }
  return { lemmas, particles, memo: newMemo(), joined: [...joined] };
}

/** A lemma trigger at token i (sentence tokens [from, to)), or null. */
export function lemmaMatch(doc: Doc, morph: EventMorphology, words: string[], i: number, from: number, to: number, used: ArrayLike<number | boolean>): PatternMatch | null {
  const t = doc.tokens[i];
  if (used[i] || t.kind !== 'word' || t.text.length < 4) return null;
  const ll = lemmaLang(doc.lang);
  const lemmas = ll.lemmas;
  if (!lemmas.size) return null;
  const lower = startsLower(t.text);
  // a finite verb whose particle closes the clause: "griff ... an"
  if (lower) {
    const ps = ll.particles;
    const { next, breaks } = particleStops(doc, words, ps);
    for (let j = next[i + 1]; j < to && j - i <= MAX_GAP + 1; j = next[j + 1]) {
      if (breaks[j]) break;
      const w = words[j];
      if (used[j] || !ps.has(w)) continue;
      const end = j + 1 >= to || breaks[j + 1] === 1 || doc.tokens[j + 1].kind === 'punct';
      if (!end) continue;
      const lemma = morph.separableLemma(words[i], w);
      const p = lemma ? lemmas.get(lemma) : undefined;
      if (p) return { pattern: p, at: [i, j], anchor: j };
    }
  }
  // other forms by lemma, memoised per form: nouns (capitalised), and the joined forms of particle
  // verbs whose row is flagged `joined` (a verb-final clause, "als die Polizei ihn festnahm", "weil er
  // den Plan ablehnte"; a participle, "hat zurückgewiesen"): a verb that is no particle verb is covered
  // by the form patterns; a zu-infinitive ("festzunehmen") mostly names a plan or a purpose, not an act
  if (lower && !opensWithAny(words[i], ll.joined)) return null;
  const p = nounLemma(ll.memo, morph, lemmas, t.text, !lower && i === from);
  if (p && lower && (!p.flags.includes('joined') || zuInfinitive(words[i], p.source.slice(6), ll.particles))) return null;
  return p ? { pattern: p, at: [i], anchor: i } : null;
}

/** True when `w` starts with one of `prefixes` (a loop: no closure per call, this runs on lower-case words). */
function opensWithAny(w: string, prefixes: readonly string[]): boolean {
  for (let k = 0; k < prefixes.length; k++) if (w.startsWith(prefixes[k])) return true;
  return false;
}

/** True when `form` is the zu-infinitive of the particle verb `lemma` ("festzunehmen" of "festnehmen"). */
function zuInfinitive(form: string, lemma: string, particles: Set<string>): boolean {
  return particlePrefixes(lemma, particles).some((p) => form === `${p}zu${lemma.slice(p.length)}`);
}

/** The separable particles `lemma` may open with, shortest first ("zurückweisen": zu, zurück). */
function particlePrefixes(lemma: string, particles: Set<string>): string[] {
  const out: string[] = [];
  for (let n = 2; n < lemma.length - 3; n++) if (particles.has(lemma.slice(0, n))) out.push(lemma.slice(0, n));
  return out;
}

/** Lemma patterns found per form: one table for forms inside a sentence, one for forms opening it (they also have lower-case readings). */
interface NounMemo { inside: Map<string, Pattern | null>; opening: Map<string, Pattern | null> }

const newMemo = (): NounMemo => ({ inside: new Map(), opening: new Map() });

/** The lemma pattern of a capitalised form (its lemma or its compound head), memoised per language. */
function nounLemma(memos: NounMemo, morph: EventMorphology, lemmas: Map<string, Pattern>, form: string, sentenceStart: boolean): Pattern | null {
  // (two tables keyed by the form itself: a "^" + form key cost a new string per lookup)
  const memo = sentenceStart ? memos.opening : memos.inside;
  const m = memo.get(form);
  if (m !== undefined) return m;
  let hit: Pattern | null = null;
  if (morph.firstLemmaIn) {
    // (the same answer without building the readings: a compound search only where a head could hit)
    hit = morph.firstLemmaIn(form, sentenceStart, lemmas) ?? null;
  } else {
    for (const r of morph.analyse(form, sentenceStart)) {
      if (r.particle || (r.pos !== 'VERB' && r.pos !== 'NOUN')) continue;
      const p = lemmas.get(r.lemma) ?? (r.compoundHead ? lemmas.get(r.compoundHead) : undefined);
      if (p) { hit = p; break; }
    }
  }
  if (memos.inside.size + memos.opening.size > 50000) { memos.inside.clear(); memos.opening.clear(); }
  memo.set(form, hit);
  return hit;
}
