/**
 * The speaker phrase next to a cue and the actor it stands for.
 *
 * findSpeaker: within a token range (the part of the cue clause before or after the cue), the
 * local phrase that names the speaker: a mention (person first), else a pronoun, else a noun
 * phrase ("ein Sprecher", "der Leiter der Delegation", "the official"), skipping adverbs,
 * temporal words and prepositional phrases ("am Freitag", "in Beijing").
 *
 * resolveSpeaker: the actor of that phrase: the overlapping mention's actor; for a pronoun the
 * last speaker (if a person and recent) else the nearest preceding person; for a relative pronoun
 * the mention just before it; for a role phrase the person apposed to it or an actor with that role.
 *
 * @example
 * const sp = findSpeaker(cx, 10, 14, 'first');
 * const actor = resolveSpeaker(cx, sp, lastActor);
 */
import type { Span } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import type { QuoteContext } from './context.js';
import { isBoundary, isMark } from './context.js';

/** A speaker phrase: token range [from, to) and, when it is one, the mention index. */
export interface SpeakerPhrase {
  from: number;
  to: number;
  mention: number;
  pronoun: boolean;
  relative: boolean;
}

const TYPE_RANK: Record<string, number> = { PER: 0, ORG: 1, GPE: 2, LOC: 4, MISC: 3 };

function cls(cx: QuoteContext, i: number) {
  return cx.lx.words.get(cx.low[i]);
}

function isCap(cx: QuoteContext, i: number): boolean {
  const c = cx.tokens[i].text[0];
  return c !== undefined && c !== c.toLowerCase();
}

/** True when the mention at token i is governed by a preposition ("in Beijing"). */
function afterPrep(cx: QuoteContext, i: number, from: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 3; j--) {
    const c = cls(cx, j);
    if (c === 'prep') return true;
    if (c !== 'det' && !(cx.tokens[j].kind === 'word' && !isCap(cx, j))) return false;
  }
  return false;
}

/**
 * The speaker phrase in tokens [from, to) (see module comment); `prefer` picks the first or last
 * candidate when several qualify. Returns null when the range names nobody.
 */
export function findSpeaker(cx: QuoteContext, from: number, to: number, prefer: 'first' | 'last'): SpeakerPhrase | null {
  if (to <= from) return null;
  const { doc } = cx;
  // 1. mentions, persons first, not inside a prepositional phrase
  let best: SpeakerPhrase | null = null;
  let bestRank = 99;
  for (let i = from; i < to; i++) {
    const m = cx.mentionAt[i];
    if (m < 0 || cx.inQuote[i] >= 0) continue;
    if (i > from && cx.mentionAt[i - 1] === m) continue;
    let j = i;
    while (j < to && cx.mentionAt[j] === m) j++;
    const type = doc.mentions[m].type;
    const rank = (TYPE_RANK[type] ?? 5) + (afterPrep(cx, i, from) ? 10 : 0);
    if (rank < bestRank || (rank === bestRank && prefer === 'last')) {
      best = { from: i, to: j, mention: m, pronoun: false, relative: false };
      bestRank = rank;
    }
    i = j - 1;
  }
  if (best && bestRank < 10) return best;
  // 2. a pronoun or a noun phrase, skipping adverbs, times and prepositional phrases
  const cands: SpeakerPhrase[] = [];
  let i = from;
  while (i < to) {
    const t = cx.tokens[i];
    const c = cls(cx, i);
    if (cx.inQuote[i] >= 0 || t.kind !== 'word' || c === 'skip' || c === 'time' || c === 'generic') {
      i++;
      continue;
    }
    if (c === 'prep') {
      // skip the prepositional phrase: determiners, adjectives and one head noun (+ a genitive)
      i++;
      while (i < to && (cls(cx, i) === 'det' || (cx.tokens[i].kind !== 'punct' && !isCap(cx, i) && cls(cx, i) === undefined && cx.lx.grammar.capitalisedNouns))) i++;
      if (i < to && cx.tokens[i].kind !== 'punct') i++;
      while (i < to && isCap(cx, i) && !cx.lx.grammar.capitalisedNouns) i++;
      continue;
    }
    if (c === 'pronoun' || c === 'relative') {
      cands.push({ from: i, to: i + 1, mention: -1, pronoun: true, relative: c === 'relative' });
      i++;
      continue;
    }
    // noun phrase: up to a boundary, a preposition-led phrase end, a time word or a cue
    const a = i;
    let hasNoun = false;
    while (i < to) {
      const ci = cls(cx, i);
      const tk = cx.tokens[i];
      if (tk.kind === 'punct' && tk.text !== '-' && tk.text !== '.' && tk.text !== "'s" && tk.text !== '’s') break;
      if (ci === 'time' || ci === 'skip' || (ci === 'relative' && i > a) || (ci === 'prep' && !(cx.low[i] === 'of' || cx.low[i] === 'von' || cx.low[i] === 'vom' || cx.low[i] === 'for'))) break;
      if (cx.lx.verbs.has(cx.low[i]) && i > a) break;
      if (tk.kind === 'word' && (isCap(cx, i) || !cx.lx.grammar.capitalisedNouns)) hasNoun = true;
      i++;
    }
    if (i > a && hasNoun) cands.push({ from: a, to: i, mention: -1, pronoun: false, relative: false });
    if (i === a) i++;
  }
  if (cands.length) return prefer === 'first' ? cands[0] : cands[cands.length - 1];
  return null; // a mention inside a prepositional phrase ("in der Zeitung") is not the speaker
}

/** The first mention in tokens [from, to) outside quotes (any type), as a speaker phrase; else null. */
export function mentionIn(cx: QuoteContext, from: number, to: number): SpeakerPhrase | null {
  for (let i = from; i < to; i++) {
    const m = cx.mentionAt[i];
    if (m < 0 || cx.inQuote[i] >= 0) continue;
    let j = i;
    while (j < to && cx.mentionAt[j] === m) j++;
    return { from: i, to: j, mention: m, pronoun: false, relative: false };
  }
  return null;
}

/**
 * The document named in a prepositional phrase of tokens [from, to) ("in dem Bericht heißt es",
 * "auf der Homepage"): the noun phrase after the first of in/im/auf/aus, as a speaker phrase.
 */
export function documentIn(cx: QuoteContext, from: number, to: number): SpeakerPhrase | null {
  for (let i = from; i < to - 1; i++) {
    if (cx.inQuote[i] >= 0 || !['in', 'im', 'auf', 'aus', 'laut'].includes(cx.low[i])) continue;
    let j = i + 1;
    while (j < to && cx.tokens[j].kind === 'word' && (cls(cx, j) === 'det' || cls(cx, j) === undefined) && !cx.lx.verbs.has(cx.low[j])) j++;
    let k = j;
    while (k > i + 1 && !isCap(cx, k - 1)) k--;
    if (k > i + 1) return { from: i + 1, to: k, mention: -1, pronoun: false, relative: false };
  }
  return null;
}

/** Character span of a speaker phrase, trimmed of surrounding punctuation. */
export function phraseSpan(cx: QuoteContext, p: SpeakerPhrase): Span {
  let a = p.from;
  let b = p.to;
  while (b > a + 1 && (cx.tokens[b - 1].kind === 'punct' || isMark(cx.tokens[b - 1]))) b--;
  while (a < b - 1 && cx.tokens[a].kind === 'punct') a++;
  if (p.mention >= 0) return { start: cx.doc.mentions[p.mention].start, end: cx.doc.mentions[p.mention].end };
  return { start: cx.tokens[a].start, end: cx.tokens[b - 1].end };
}

/**
 * For a demonym ("auf chinesischer Seite"): the state actor of its country (the GPE actor of that
 * country with the most mentions), else null.
 */
function countryActor(cx: QuoteContext, m: number): string | null {
  const info = cx.doc.mentionInfo.get(cx.doc.mentions[m].id);
  if (info?.kind !== 'demonym' || !info.country) return null;
  let best: string | null = null;
  let most = 0;
  for (const a of cx.doc.actors) {
    if (a.type === 'GPE' && a.country === info.country && a.mentions.length > most) {
      best = a.id;
      most = a.mentions.length;
    }
  }
  return best;
}

/** Actor id of a mention index, or null. */
function actorOf(cx: QuoteContext, m: number): string | null {
  return m >= 0 ? cx.doc.mentions[m].actor ?? null : null;
}

function actorType(cx: QuoteContext, id: string | null): string | null {
  return id ? cx.doc.actors.find((a) => a.id === id)?.type ?? null : null;
}

/** Nearest mention index ending before token `i` (same sentence if `sameSentence`) with a type in `types`. */
function mentionBefore(cx: QuoteContext, i: number, types: string[], limit: number): number {
  for (let j = i - 1; j >= 0 && j >= i - limit; j--) {
    const m = cx.mentionAt[j];
    if (m >= 0 && cx.inQuote[j] < 0 && types.includes(cx.doc.mentions[m].type) && cx.doc.mentions[m].actor) return m;
  }
  return -1;
}

/**
 * The actor a speaker phrase stands for (see module comment). `last` is the actor of the
 * previous quote's speaker, if any, with the token index where that quote was.
 */
export function resolveSpeaker(cx: QuoteContext, p: SpeakerPhrase, last: { actor: string | null; at: number } | null): string | null {
  const { doc } = cx;
  if (p.mention >= 0) return countryActor(cx, p.mention) ?? actorOf(cx, p.mention);
  // any mention inside the phrase ("der Leiter der Delegation Adam Smith")
  let inner = -1;
  for (let i = p.from; i < p.to; i++) {
    const m = cx.mentionAt[i];
    if (m >= 0 && (inner < 0 || (TYPE_RANK[doc.mentions[m].type] ?? 5) < (TYPE_RANK[doc.mentions[inner].type] ?? 5))) inner = m;
  }
  if (p.relative) {
    const m = mentionBefore(cx, p.from, ['PER', 'ORG', 'GPE'], 6);
    return actorOf(cx, m);
  }
  if (p.pronoun) {
    const plural = cx.low[p.from] === 'they' || cx.low[p.from] === 'wir' || cx.low[p.from] === 'we';
    if (last?.actor && p.from - last.at < 400) {
      const t = actorType(cx, last.actor);
      if (plural ? t !== 'PER' : t === 'PER') return last.actor;
    }
    const m = mentionBefore(cx, p.from, plural ? ['ORG', 'GPE', 'PER'] : ['PER'], 400);
    return actorOf(cx, m);
  }
  // a role phrase: an apposed person right after it ("der Leiter der Delegation, der Demokrat Adam Smith")
  for (let i = p.to; i < Math.min(cx.tokens.length, p.to + 8); i++) {
    const m = cx.mentionAt[i];
    if (m >= 0 && doc.mentions[m].type === 'PER' && doc.mentions[m].actor) return doc.mentions[m].actor;
    if (cx.tokens[i].kind === 'punct' && cx.tokens[i].text !== ',') break;
  }
  // ... or whose mention info names this span as its role
  const span = phraseSpan(cx, p);
  const byRole = roleSpanActor(doc, span);
  if (byRole) return byRole;
  if (inner >= 0) return actorOf(cx, inner);
  // ... or an earlier actor with that role noun
  const withRole = roleWordIndex(doc).get(cx.low[p.to - 1]);
  return withRole && withRole.length === 1 ? withRole[0] : null;
}

/**
 * Per-document indexes for speaker resolution, built at first use: looking through every
 * mention and actor for each quote made long articles quadratic (found by the fuzz test).
 */
interface RoleIndex {
  /** role spans of mentions with an actor, sorted by start; `idx` keeps mention order */
  spans: { start: number; end: number; actor: string; idx: number }[];
  maxLen: number;
  /** actors by each word of their role ("defence minister" → defence, minister) */
  words: Map<string, string[]>;
  mentions: number;
  actors: number;
}
const ROLE_INDEX = new WeakMap<Doc, RoleIndex>();

function roleIndex(doc: Doc): RoleIndex {
  let ix = ROLE_INDEX.get(doc);
  // rebuilt if a stage changed the layers since (the key is the document, not its contents)
  if (ix && ix.mentions === doc.mentions.length && ix.actors === doc.actors.length) return ix;
  const spans: RoleIndex['spans'] = [];
  let maxLen = 0;
  doc.mentions.forEach((m, idx) => {
    const rs = doc.mentionInfo.get(m.id)?.roleSpan;
    if (!rs || !m.actor) return;
    spans.push({ start: rs.start, end: rs.end, actor: m.actor, idx });
    maxLen = Math.max(maxLen, rs.end - rs.start);
  });
  spans.sort((a, b) => a.start - b.start);
  const words = new Map<string, string[]>();
  for (const a of doc.actors) {
    if (!a.role) continue;
    for (const w of new Set(a.role.toLowerCase().split(/[\s-]+/))) {
      const list = words.get(w);
      if (list) list.push(a.id);
      else words.set(w, [a.id]);
    }
  }
  ix = { spans, maxLen, words, mentions: doc.mentions.length, actors: doc.actors.length };
  ROLE_INDEX.set(doc, ix);
  return ix;
}

/** The actor of the first mention (in text order) whose role span overlaps `span`. */
function roleSpanActor(doc: Doc, span: { start: number; end: number }): string | null {
  const { spans, maxLen } = roleIndex(doc);
  // first role span starting at or after span.end: candidates lie before it, within maxLen
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < span.end) lo = mid + 1;
    else hi = mid;
  }
  let best: RoleIndex['spans'][number] | null = null;
  for (let i = lo - 1; i >= 0 && spans[i].start > span.start - maxLen - 1; i--) {
    const r = spans[i];
    if (r.end > span.start && (!best || r.idx < best.idx)) best = r;
  }
  return best ? best.actor : null;
}

function roleWordIndex(doc: Doc): Map<string, string[]> {
  return roleIndex(doc).words;
}

/** True when token i closes a clause: a boundary or a quote mark followed by a boundary. */
export function clauseEnd(cx: QuoteContext, i: number): boolean {
  return isBoundary(cx, i);
}
