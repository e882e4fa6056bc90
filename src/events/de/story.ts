/**
 * The country a German report is about ("the story's place"): the country its places and demonyms
 * name most often, counting the first sentence three times (the lead names the place of the news), a
 * demonym or a named person or organisation with a known home country half a place each (whose
 * politics it is about);
 * lexicons/de/event-home.tsv when it names none. Unnamed domestic actors ("die Polizei", "die
 * Regierung", "Demonstranten") and people without a known country take it, as the coding
 * guidelines code unnamed actors by the country where the event happens.
 *
 * @example
 * storyCountry(doc); // 'EGY' for a report from Kairo that mentions Ägypten and ägyptische Soldaten
 */
import type { Doc } from '../../doc/doc.js';
import { compiled, hasLexicon, lexicon } from '../../lang/lexicon.js';
import { eventGrammar } from '../../lang/event-grammar.js';
import { packOf } from '../../lang/packs.js';
import { sentenceIndexAt, tokenIndexAt } from '../../doc/spans.js';
import { tokenLower } from '../../doc/token-lower.js';
import { startsUpper } from '../../doc/letter-case.js';
import { geocode } from '../places.js';
import { opensPeriod } from '../when.js';
import { optionalColumn, optionalSet } from '../words.js';
import { emptyList } from '../lists.js';

const cache = new WeakMap<Doc, string | null>();

/** The home country of the language's news (first row of event-home.tsv), or null. */
export function homeCountry(lang: string): string | null {
  return compiled(lang, 'event-home:first', () => (hasLexicon(lang, 'event-home') ? lexicon(lang, 'event-home')[0]?.[0] ?? null : null));
}

/**
 * The home country for a noun with a prefix of event-home-prefixes.tsv ("bundeskanzler": the federal
 * state of German-language news), else null.
 */
export function homePrefixed(lang: string, lower: string): string | null {
  for (const p of optionalSet(lang, 'event-home-prefixes')) if (lower.length > p.length && lower.startsWith(p)) return homeCountry(lang);
  return null;
}

/** Weight of a demonym against a place: "ein Mann türkischer Staatsangehörigkeit" says less about where it happened than "in Iserlohn". */
const DEMONYM_WEIGHT = 0.5;
/** Weight of a mention of a person or organisation whose home country is known (registry, role): whose politics the report is about. */
const PERSON_WEIGHT = 0.5;

/**
 * The country of a capitalised word as a place the recogniser did not name (null: none), per
 * morphology and language: it depends on the word alone (the morphology and the place tables are
 * fixed), and the same words follow place prepositions in article after article ("in Zukunft",
 * "nach Angaben"), each costing a morphology analysis (the whole compound search for a word the
 * lexicon lacks) and a geocode.
 */
const placeMemos = new WeakMap<object, Map<string, Map<string, string | null>>>();
const PLACE_MEMO_MAX = 20000;

function placeMemo(morph: object, lang: string): Map<string, string | null> {
  let byLang = placeMemos.get(morph);
  if (!byLang) placeMemos.set(morph, (byLang = new Map()));
  let m = byLang.get(lang);
  if (!m) byLang.set(lang, (m = new Map()));
  return m;
}

/**
 * Places the recogniser did not take as names: a capitalised word after a place preposition ("in
 * Iserlohn") that the morphology does not know as a word and the gazetteer of cities places; and the
 * title's dateline ("Iserlohn: …"). Each with its weight (title and lead 3, else 1).
 */
function unnamedPlaces(doc: Doc, lead: { start: number; end: number } | undefined, mentioned: Uint8Array): { country: string; w: number; at: number }[] {
  // (one array map for the pushes below: see emptyList)
  const out: { country: string; w: number; at: number }[] = emptyList();
  const morph = eventGrammar(packOf(doc.lang)).morphology;
  if (!morph) return out;
  const preps = optionalSet(doc.lang, 'place-prepositions');
  const contraction = optionalColumn(doc.lang, 'event-prepositions', 1);
  const places = placeMemo(morph, doc.lang);
  const placeOf = (word: string) => {
    let c = places.get(word);
    if (c === undefined) {
      c = /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !morph.analyse(word).length ? geocode(word, doc.lang).country : null;
      if (places.size >= PLACE_MEMO_MAX) places.clear();
      places.set(word, c);
    }
    return c;
  };
  const toks = doc.tokens;
  // the shared lower-cased words: a toLowerCase per token was most of this loop's time
  const lower = tokenLower(toks);
  for (let i = 1; i < toks.length; i++) {
    // (placeOf takes capitalised words only: the preposition lookups are skipped for the others)
    if (mentioned[i] || toks[i].kind !== 'word' || !startsUpper(toks[i].text)) continue;
    const prev = lower[i - 1];
    if (!preps.has(contraction.get(prev) || prev)) continue;
    const c = placeOf(toks[i].text);
    if (c) out.push({ country: c, w: lead && toks[i].start >= lead.start && toks[i].end <= lead.end ? 3 : 1, at: toks[i].start });
  }
  const dateline = doc.title ? /^(\p{Lu}\p{Ll}+):/u.exec(doc.title) : null;
  const c = dateline ? placeOf(dateline[1]) : null;
  if (c) out.push({ country: c, w: 3, at: -1 });
  return out;
}

/** The story's country (see the module comment), computed once per document. */
export function storyCountry(doc: Doc): string | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  // (textCache is filled below together with cache)
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const lead = doc.sentences.find((s) => !s.header);
  const tally = new Map<string, { n: number; first: number }>();
  const add = (c: string, w: number, at: number) => {
    const t = tally.get(c);
    if (t) t.n += w;
    else tally.set(c, { n: w, first: at });
  };
  // the lead names the place of the news once: a state whose places it names twice ("in Lyon in
  // Frankreich", "in Lyon, Frankreich") counts once there, not once per place name
  const leadPlaces = new Set<string>();
  const addPlace = (c: string, w: number, at: number) => {
    if (lead && at >= lead.start && at < lead.end) {
      if (leadPlaces.has(c)) return;
      leadPlaces.add(c);
    }
    add(c, w, at);
  };
  const mentioned = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) {
    for (let i = tokenIndexAt(doc, m.start); i < doc.tokens.length && doc.tokens[i].start < m.end; i++) mentioned[i] = 1;
    const a = m.actor ? actors.get(m.actor) : undefined;
    const info = doc.mentionInfo.get(m.id);
    const place = !!a && (a.type === 'GPE' || a.type === 'LOC');
    // a person or organisation the recogniser named, with a home country (registry, role, prefix)
    const person = !!a && (a.type === 'PER' || a.type === 'ORG') && a.type === m.type;
    const c = (place || person ? a?.country ?? null : null) ?? (info?.kind === 'demonym' ? info.country ?? null : null);
    if (!c || c === 'IGO') continue;
    const w = (lead && m.start >= lead.start && m.end <= lead.end ? 3 : 1) * (place ? 1 : person ? PERSON_WEIGHT : DEMONYM_WEIGHT);
    if (place) addPlace(c, w, m.start);
    else add(c, w, m.start);
  }
  for (const p of unnamedPlaces(doc, lead, mentioned)) {
    if (p.at < 0) add(p.country, p.w, p.at);
    else addPlace(p.country, p.w, p.at);
  }
  let best: string | null = null;
  let bestT = { n: 0, first: Infinity };
  for (const [c, t] of tally) if (t.n > bestT.n || (t.n === bestT.n && t.first < bestT.first)) { best = c; bestT = t; }
  textCache.set(doc, best);
  const out = best ?? homeCountry(doc.lang);
  cache.set(doc, out);
  return out;
}

const textCache = new WeakMap<Doc, string | null>();

/**
 * The story's country as the text names it, without the home default: the state an unnamed
 * perpetrator is given ("wurden beschossen") must come from the report, not from where German news
 * usually is.
 */
export function textCountry(doc: Doc): string | null {
  if (!textCache.has(doc)) storyCountry(doc);
  return textCache.get(doc) ?? null;
}

/** How many days before the article date a date expression still dates the story's undated events. */
const STORY_DAYS = 10;

/**
 * The date an undated event of a German report takes: the last day-precise date expression before
 * `offset` that lies on or before the article date and at most STORY_DAYS before it ("gestern",
 * "am Dienstag" in the lead dates what follows: reports are written the day after); else null (the
 * caller keeps the article date).
 */
export function storyDate(doc: Doc, offset: number): { value: string; text: string } | null {
  if (!doc.date) return null;
  const day = Date.parse(doc.date);
  let best: { value: string; text: string } | null = null;
  for (const d of doc.dates) {
    if (d.start >= offset) break;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.value) || opensPeriod(doc.lang, d.text)) continue;
    const v = Date.parse(d.value);
    if (v > day || day - v > STORY_DAYS * 86400000) continue;
    best = { value: d.value, text: d.text };
  }
  return best;
}

const sentencePlaces = new WeakMap<Doc, (string[] | undefined)[]>();

/** The distinct states the places (GPE/LOC actors with a country) of each sentence name, computed once per document. */
function placesBySentence(doc: Doc): (string[] | undefined)[] {
  let out = sentencePlaces.get(doc);
  if (out) return out;
  out = [];
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  for (const m of doc.mentions) {
    const a = m.actor ? actors.get(m.actor) : undefined;
    if (!a || (a.type !== 'GPE' && a.type !== 'LOC') || !a.country || a.country === 'IGO') continue;
    const s = sentenceIndexAt(doc, m.start);
    if (s < 0) continue;
    const list = (out[s] ??= []);
    if (!list.includes(a.country)) list.push(a.country);
  }
  sentencePlaces.set(doc, out);
  return out;
}

/**
 * Where an unnamed agent at `offset` acts ("wurden zu Haft verurteilt" with no court named): when its
 * sentence names no place, the one state the sentence before names ("Auch Belarus verschärfte den Druck
 * auf Reporter. Zwei wurden verurteilt."): a report of several countries goes through them in turn;
 * else the story's country as the text names it (textCountry).
 */
export function nearCountry(doc: Doc, offset: number): string | null {
  const s = sentenceIndexAt(doc, offset);
  const places = placesBySentence(doc);
  if (s > 0 && !places[s]?.length && !doc.sentences[s - 1].header) {
    const before = places[s - 1];
    if (before?.length === 1) return before[0];
  }
  return textCountry(doc);
}
