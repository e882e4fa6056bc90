/**
 * The PLOVER 2.0 contexts of an event (what it is about: military, economic, diplomatic, ...) with the
 * words they were assigned from: cue words of lexicons/<lang>/event-contexts.tsv in the event's
 * sentence, and the contexts its type and mode imply (lexicons/plover/type-contexts.tsv, evidence the
 * trigger). Only the manual's 37 contexts are assigned. Rules: docs/events.md, "Contexts".
 *
 * @example
 * eventContexts(doc, event, words, 12, 30); // [{ context: 'economic', start: 80, end: 88, text: 'US-Zölle' }]
 */
import type { Event } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import { plover } from '../plover/index.js';
import { compileCues, type CueHit, type CueMatcher } from './cues.js';

export interface ContextEvidence { context: string; start: number; end: number; text: string }

const matchers = new Map<string, CueMatcher>();

function contextCues(lang: string): CueMatcher {
  let m = matchers.get(lang);
  if (!m) {
    const known = new Set(plover().contexts);
    const rows = hasLexicon(lang, 'event-contexts') ? lexicon(lang, 'event-contexts').filter((r) => known.has(r[1])) : [];
    m = compileCues(rows);
    matchers.set(lang, m);
  }
  return m;
}

let byType: Map<string, string[]> | undefined;
/** type → mode → the contexts, made once per pair: asked for every event, and a key string and two arrays per call were most of it. */
const typeModeContexts = new Map<string, Map<string | null, readonly string[]>>();
function typeContexts(type: string, mode: string | null): readonly string[] {
  let modes = typeModeContexts.get(type);
  if (!modes) typeModeContexts.set(type, (modes = new Map()));
  let list = modes.get(mode);
  if (!list) {
    list = buildTypeContexts(type, mode);
    modes.set(mode, list);
  }
  return list;
}

function buildTypeContexts(type: string, mode: string | null): string[] {
  if (!byType) {
    byType = new Map();
    const known = new Set(plover().contexts);
    for (const [t, md, c] of lexicon('plover', 'type-contexts')) {
      if (!known.has(c)) continue;
      const k = `${t}\t${md}`;
      byType.set(k, [...(byType.get(k) ?? []), c]);
    }
  }
  return [...(byType.get(`${type}\t*`) ?? []), ...(mode ? byType.get(`${type}\t${mode}`) ?? [] : [])];
}

let ranks: Map<string, number> | undefined;
/** Position of a context in the manual's list (-1 when not there, as indexOf gave). */
function rankOf(context: string): number {
  if (!ranks) {
    const r = new Map<string, number>();
    plover().contexts.forEach((c, k) => { if (!r.has(c)) r.set(c, k); });
    ranks = r;
  }
  return ranks.get(context) ?? -1;
}

/**
 * The context cues of a sentence, remembered for the last sentence asked: the events of one sentence
 * are coded one after the other (and a re-coded one twice), and the cues do not depend on the event.
 * Keyed by the identity of the document's lower-case words (never changed once built) and the range.
 */
let last: { lang: string; words: readonly string[]; from: number; to: number; hits: readonly CueHit[] } | null = null;
function sentenceCues(lang: string, words: readonly string[], from: number, to: number): readonly CueHit[] {
  if (last && last.words === words && last.from === from && last.to === to && last.lang === lang) return last.hits;
  const hits = contextCues(lang).find(words, from, to);
  last = { lang, words, from, to, hits };
  return hits;
}

/**
 * Contexts of `e` from the sentence tokens [sFrom, sTo) (lower-cased `words`), in the order of the
 * manual's list, each with its first evidence.
 */
export function eventContexts(doc: Doc, e: Event, words: readonly string[], sFrom: number, sTo: number): ContextEvidence[] {
  const found = new Map<string, ContextEvidence>();
  for (const c of typeContexts(e.type, e.mode)) found.set(c, { context: c, start: e.trigger.start, end: e.trigger.end, text: e.trigger.text });
  for (const h of sentenceCues(doc.lang, words, sFrom, sTo)) {
    if (found.has(h.tag)) continue;
    const start = doc.tokens[h.first].start;
    const end = doc.tokens[h.last].end;
    found.set(h.tag, { context: h.tag, start, end, text: doc.text.slice(start, end) });
  }
  return [...found.values()].sort((a, b) => rankOf(a.context) - rankOf(b.context));
}
