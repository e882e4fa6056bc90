/**
 * Actor slots of a sentence: every place where an actor can fill the source or target of an
 * event, with the preposition that governs it. Slots come from mentions (with their actors),
 * country-prefixed compounds ("US-Zölle", "US-Abgeordnete"), demonyms ("chinesische Unternehmen"),
 * pronouns (resolved to the quote's speaker or the last person) and unnamed agents from the sector
 * nouns ("die Polizei", "protesters"), for which an actor is created when an event uses them.
 *
 * @example
 * const slots = sentenceSlots(ctx, 4); // slots of sentence 4, in text order
 */
import type { Actor, Mention } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { capitalOf, countryOfDemonym, countryOfPrefix } from '../actors/countries.js';
import { sectorWord, type SectorWord } from '../actors/sectors.js';
import { tokenIndexAt } from '../doc/spans.js';
import { startsLower, startsUpper } from '../doc/letter-case.js';
import { tokenLower } from '../doc/token-lower.js';
import { hasLexicon, lexicon, lexiconSet } from '../lang/lexicon.js';
import { isClauseBreak } from './clauses.js';
import { optionalColumn, optionalSet } from './words.js';
import { collectiveWord } from './de/collectives.js';
import { seatCountry } from './de/countries.js';
import { eventGrammar, type EventGrammar } from '../lang/event-grammar.js';
import { packOf } from '../lang/packs.js';

/** One possible source or target. */
export interface Slot {
  /** first and last token index (doc.tokens) */
  first: number;
  last: number;
  /** actor id, or null for a country-only slot */
  actor: string | null;
  /** ISO3 of the actor, null when unknown or an international organisation */
  country: string | null;
  /** governing preposition (lower case) or null */
  prep: string | null;
  kind: 'mention' | 'part' | 'prefix' | 'demonym' | 'pronoun' | 'nominal';
  /** for nominal slots: what the noun says (sector, agent type, label) */
  nominal?: SectorWord;
  /** the mention behind a mention slot */
  mention?: Mention;
  /** an unnamed participant taken as a noun phrase ("the attack") */
  phrase?: boolean;
  /**
   * a genitive attribute of the noun before it inside a prepositional phrase ("mit dem Präsidenten
   * der USA"): `prep` is that phrase's preposition; still the genitive of an event noun before it
   */
  genitive?: boolean;
}

/** Per-document context shared by the events code. */
export interface EventContext {
  doc: Doc;
  actorById: Map<string, Actor>;
  /** mentions sorted by start */
  mentions: Mention[];
  /** token index → mention starting at/covering it (first token only) */
  mentionAtToken: Map<number, Mention>;
  /** ISO3 → the state's own GPE actor (not a capital) */
  countryActor: Map<string, Actor>;
  /** actors created for unnamed agents ("die Polizei") and pronoun-only participants */
  unnamed: Set<string>;
  /** 1 for tokens inside a date expression ("on Sunday", "im Mai"): no participant there */
  inDate: Uint8Array;
  /** the event grammar of the document's language pack */
  events: EventGrammar;
  /** the language writes nouns with a capital letter (pack grammar `capitalisedNouns`) */
  capitalisedNouns: boolean;
}

const PREPS: Record<string, Map<string, string>> = {};
/** Governing prepositions (lexicons/<lang>/event-prepositions.tsv) → the preposition a contraction stands for ("im" → "in"), else itself. */
function preps(lang: string): Map<string, string> {
  return (PREPS[lang] ??= new Map(lexicon(lang, 'event-prepositions').map((r) => [r[0], r[1] || r[0]])));
}
const DETS: Record<string, Set<string>> = {};
function determiners(lang: string): Set<string> {
  return (DETS[lang] ??= hasLexicon(lang, 'determiners') ? lexiconSet(lang, 'determiners') : new Set());
}
const DATE_WORDS: Record<string, Set<string>> = {};
/** Weekday and month names (lexicons/<lang>/weekdays.tsv, months.tsv), lower case. */
export function dateWords(lang: string): Set<string> {
  return (DATE_WORDS[lang] ??= new Set(['weekdays', 'months'].flatMap((n) => (hasLexicon(lang, n) ? lexicon(lang, n).map((r) => r[0].toLowerCase()) : []))));
}
const PRONOUNS: Record<string, Map<string, string>> = {};
function pronouns(lang: string): Map<string, string> {
  return (PRONOUNS[lang] ??= new Map(lexicon(lang, 'event-pronouns').map((r) => [r[0], r[1]])));
}

/** Builds the shared context once per document. */
export function eventContext(doc: Doc): EventContext {
  const actorById = new Map(doc.actors.map((a) => [a.id, a]));
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  const mentionAtToken = new Map<number, Mention>();
  for (const m of mentions) {
    const i = tokenIndexAt(doc, m.start);
    if (!mentionAtToken.has(i)) mentionAtToken.set(i, m);
  }
  const countryActor = new Map<string, Actor>();
  for (const a of doc.actors) {
    // a capital actor ("Beijing") is not the state's own actor ("China")
    if (a.type === 'GPE' && a.country && !capitalOf(a.name) && !countryActor.has(a.country)) countryActor.set(a.country, a);
  }
  const inDate = new Uint8Array(doc.tokens.length);
  for (const d of doc.dates) {
    for (let i = tokenIndexAt(doc, d.start); i < doc.tokens.length && doc.tokens[i].start < d.end; i++) inDate[i] = 1;
  }
  const pack = packOf(doc.lang);
  return { doc, actorById, mentions, mentionAtToken, countryActor, unnamed: new Set(), inDate, events: eventGrammar(pack), capitalisedNouns: pack.grammar.capitalisedNouns };
}

/** Slots of the sentence whose tokens are [from, to), in text order. */
export function sentenceSlots(ctx: EventContext, from: number, to: number, quoteSpeaker: (offset: number) => string | null): Slot[] {
  const { doc } = ctx;
  const out: Slot[] = [];
  const pron = pronouns(doc.lang);
  // the document's shared lower-case words (a toLowerCase per word token here allocated a string each)
  const words = tokenLower(doc.tokens);
  for (let i = from; i < to; i++) {
    const m = ctx.mentionAtToken.get(i);
    if (m && m.actor) {
      const last = Math.max(i, tokenIndexAt(doc, m.end - 1));
      // "Sunday", "May" taken for a name: a date is no participant
      if (m.type === 'MISC' && ((ctx.inDate[i] && ctx.inDate[last]) || dateWords(doc.lang).has(m.text.toLowerCase()))) { i = last; continue; }
      const t0 = doc.tokens[i];
      const tl = doc.tokens[last];
      // "APEC-Gipfels", "Nvidia-Chips": the name is only part of a compound word
      const part = m.start > t0.start || m.end < tl.end;
      const a = ctx.actorById.get(m.actor);
      const info = doc.mentionInfo.get(m.id);
      // "US" in "US-Abgeordnete" is a country prefix; "chinesischen" a demonym: both modify a noun
      // hyphenated compounds "EU-Staaten", "UN-Truppen": an organisation's name before a group noun stands for its members
      // (also a role noun of an international organisation: "die EU-Außenminister", "UN-Generalsekretär")
      const head = t0.text.slice(t0.text.indexOf('-') + 1);
      // (a named group the recogniser typed MISC counts by its sector: "Taliban-Kämpfer", "NATO-Truppen")
      const groupHead = ctx.events.hyphenCompounds && (a?.type === 'ORG' || (a?.type === 'MISC' && !!a.sector))
        && (!!collectiveOrSector(doc.lang, head) || (a?.sector === 'IGO' && roleWords(doc.lang).has(head.toLowerCase())));
      const prefix = part && m.start === t0.start && doc.text[m.end] === '-' && (info?.kind === 'prefix' || a?.type === 'GPE' || groupHead);
      const kind: Slot['kind'] = info?.kind === 'demonym' ? 'demonym' : prefix ? 'prefix' : part ? 'part' : 'mention';
      out.push({
        first: i, last, actor: m.actor, country: countryOf(a), prep: null, kind, mention: m,
        nominal: prefix ? collectiveOrSector(doc.lang, t0.text.slice(t0.text.indexOf('-') + 1)) ?? undefined : undefined,
      });
      i = last;
      continue;
    }
    const t = doc.tokens[i];
    if (t.kind !== 'word') continue;
    const lower = words[i];
    const pc = t.text.includes('-') ? countryOfPrefix(t.text) : null;
    if (pc && pc !== 'IGO') {
      const a = ctx.countryActor.get(pc);
      out.push({ first: i, last: i, actor: a?.id ?? null, country: pc, prep: null, kind: 'prefix', nominal: sectorWord(doc.lang, t.text.slice(t.text.indexOf('-') + 1)) ?? undefined });
      continue;
    }
    const p = pron.get(lower);
    if (p) {
      const actor = resolvePronoun(ctx, t.start, p, quoteSpeaker);
      if (actor) out.push({ first: i, last: i, actor, country: countryOf(ctx.actorById.get(actor)), prep: null, kind: 'pronoun' });
      continue;
    }
    const dc = countryOfDemonym(t.text);
    // a capitalised demonym is a participant where the language says it is a noun of persons ("Amerikaner")
    const demonymNoun = ctx.events.demonymNoun;
    // (a sentence's first word is capitalised also as an adjective: "Saudische Kampfjets bombardierten ...")
    const openingAdjective = i === from && doc.tokens[i + 1]?.kind === 'word' && !!collectiveOrSector(doc.lang, doc.tokens[i + 1].text);
    if (dc && (!ctx.capitalisedNouns || !demonymNoun || t.text[0] === t.text[0].toLowerCase() || demonymNoun(lower) || openingAdjective)) {
      out.push({ first: i, last: i, actor: ctx.countryActor.get(dc)?.id ?? null, country: dc, prep: null, kind: 'demonym' });
      continue;
    }
    // nouns are capitalised where the language writes them so; else an agent noun before another noun is an adjective
    if (ctx.capitalisedNouns && !startsUpper(t.text)) continue;
    let sw = sectorWord(doc.lang, t.text) ?? collectiveWord(doc.lang, t.text);
    // "EU-Staaten", "UN-Truppen": a group of an international organisation
    if (sw && pc === 'IGO') sw = { ...sw, sector: 'IGO' };
    if (sw && (ctx.capitalisedNouns || !adjectiveUse(doc, i, to))) {
      out.push({ first: i, last: i, actor: null, country: null, prep: null, kind: 'nominal', nominal: sw });
    }
  }
  // a dateline ("BERLIN --", "KABUL (AP) :") names where the report was filed, not an actor
  if (out.length && out[0].first === from) {
    const next = doc.tokens[out[0].last + 1];
    if (next && next.sentence === doc.tokens[from].sentence && /^(-|--|–|—|\(|:)$/.test(next.text)) out.shift();
  }
  // "Franz Müntefering (SPD)", "Angela Merkel (CDU)": a name in brackets right after a person is
  // the person's affiliation, not a participant of its own
  for (let k = out.length - 1; k > 0; k--) {
    const s = out[k];
    const p = out[k - 1];
    if (s.first - 2 === p.last && doc.tokens[s.first - 1].text === '(' && doc.tokens[s.last + 1]?.text === ')'
      && p.kind === 'mention' && p.mention?.type === 'PER') out.splice(k, 1);
  }
  return mergeModifiers(ctx, out, from, to);
}

/** A sector or group noun ("Staaten", "Regierung"). */
function collectiveOrSector(lang: string, word: string): SectorWord | null {
  return word ? sectorWord(lang, word) ?? collectiveWord(lang, word) : null;
}

/** "military experts", "government building": an English agent noun right before another word. */
function adjectiveUse(doc: Doc, i: number, to: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next || i + 1 >= to || next.kind !== 'word') return false;
  const w = next.text;
  if (!/^\p{Ll}/u.test(w) || /ed$/.test(w)) return false;
  return !optionalSet(doc.lang, 'agent-noun-followers').has(w) && !preps(doc.lang).has(w);
}

/** Words between a place and the noun it modifies: "'s" (+ one adjective), roman numerals, capitalised words. */
function modifierGap(words: string[]): boolean {
  if (words[0] === "'s" || words[0] === '’s') return words.length <= 2;
  return words.every((w) => /^[IVX]+$/.test(w) || /^\p{Lu}/u.test(w));
}

/** Words between a title noun and its holder: capitalised words, "of"/"for" inside ("Secretary of State"). */
function titleGap(words: string[]): boolean {
  if (words.length > 3) return false;
  return words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 || words.length > 1) && TITLE_LINKS.has(w)) && (!words.length || /^\p{Lu}/u.test(words[words.length - 1]));
}
const TITLE_LINKS = new Set(['of', 'for']);
const ROLE_WORDS: Record<string, Set<string>> = {};
/** Role nouns of lexicons/<lang>/ner-roles.tsv ("secretary", "minister"). */
function roleWords(lang: string): Set<string> {
  return (ROLE_WORDS[lang] ??= hasLexicon(lang, 'ner-roles') ? new Set(lexicon(lang, 'ner-roles').map((r) => r[0])) : new Set());
}

function isPlace(ctx: EventContext, s: Slot): boolean {
  const a = s.actor ? ctx.actorById.get(s.actor) : undefined;
  return !!a && (a.type === 'GPE' || a.type === 'LOC');
}

function followsPrep(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return !!prev && prev.sentence === doc.tokens[i].sentence && preps(doc.lang).has(prev.text.toLowerCase());
}

function countryOf(a: Actor | undefined): string | null {
  return a?.country ?? null;
}

/**
 * Modifiers are folded into the phrase they modify: "US-Präsident Donald Trump" and "seinem
 * chinesischen Amtskollegen Dong Jun" are one slot each; "chinesische Unternehmen" is a nominal
 * slot with country CHN; "die Regierung in Beijing" is the Beijing slot. Then each slot gets its
 * governing preposition.
 */
function mergeModifiers(ctx: EventContext, slots: Slot[], from: number, to: number): Slot[] {
  const { doc } = ctx;
  const gapFree = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (isClauseBreak(doc, k)) return false;
    return true;
  };
  const keep: Slot[] = [];
  for (let k = 0; k < slots.length; k++) {
    const s = slots[k];
    const next = slots[k + 1];
    // (not across a preposition: "den polnischen Präsidenten in Berlin" is no Polish Berlin)
    // (a compound with its own head, "EU-Staaten", "US-Truppen", modifies only a name or title right
    // after it, "US-Präsident Donald Trump", not the object after its verb: "Die EU-Staaten kritisierten Russland")
    const compound = ctx.events.hyphenCompounds && s.kind === 'prefix' && /-\p{L}/u.test(doc.tokens[s.last].text);
    if ((s.kind === 'prefix' || s.kind === 'demonym') && next && next.first - s.last <= 3 && gapFree(s.last + 1, next.first)
      && (next.kind === 'mention' || next.kind === 'nominal' || next.kind === 'part')
      && !(compound && doc.tokens.slice(s.last + 1, next.first).some((t) => !/^\p{Lu}/u.test(t.text)))
      // (a capitalised demonym before a lower-case word is a noun of persons, "Palästinenser kritisierten die UN")
      && !(ctx.capitalisedNouns && s.kind === 'demonym' && /^\p{Lu}/u.test(doc.tokens[s.last].text) && /^\p{Ll}/u.test(doc.tokens[s.last + 1]?.text ?? ''))
      && !doc.tokens.slice(s.last + 1, next.first).some((t) => preps(doc.lang).has(t.text.toLowerCase()))) {
      if (!next.country) next.country = s.country;
      continue;
    }
    // "Munich Regional Court", "Brazil's federal police": a place before a name or agent noun modifies it
    if (s.kind === 'mention' && next && (next.kind === 'mention' || next.kind === 'nominal') && next.first - s.last <= 3
      && gapFree(s.last + 1, next.first) && isPlace(ctx, s) && !isPlace(ctx, next) && !followsPrep(doc, s.first)
      && modifierGap(doc.tokens.slice(s.last + 1, next.first).map((t) => t.text))) {
      if (!next.country) next.country = s.country;
      continue;
    }
    // "NATO Secretary General Jens Stoltenberg", "UN-Generalsekretär Guterres": organisation before a person
    if (s.kind === 'mention' && next && next.kind === 'mention' && next.first - s.last <= 4 && gapFree(s.last + 1, next.first)
      && next.mention?.type === 'PER' && s.mention?.type !== 'PER' && !followsPrep(doc, s.first)
      && doc.tokens.slice(s.last + 1, next.first).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) {
      if (!next.country) next.country = s.country;
      continue;
    }
    // "President Erdogan", "Verteidigungsminister Hegseth", "military police", "Secretary of State
    // Marco Rubio": the last noun is the head
    if (s.kind === 'nominal' && next && (next.kind === 'mention' || next.kind === 'nominal') && next.first - s.last <= 4
      && gapFree(s.last + 1, next.first) && titleGap(doc.tokens.slice(s.last + 1, next.first).map((t) => t.text))) {
      if (!next.country) next.country = s.country;
      // the title's "of" is no preposition governing the holder
      if (doc.tokens.slice(s.last + 1, next.first).some((t) => TITLE_LINKS.has(t.text))) next.first = s.first;
      continue;
    }
    // "die Regierung in Beijing", "the government of China": the place stands for its government
    // (not where a demonym or prefix already gave the country: "den französischen Außenminister in Peking")
    if (s.kind === 'nominal' && s.nominal?.sector === 'GOV' && !s.country && next && (next.kind === 'mention') && next.first - s.last === 2
      && /^(in|of|aus|der|des|von)$/i.test(doc.tokens[s.last + 1].text)) {
      const a = next.actor ? ctx.actorById.get(next.actor) : undefined;
      // German genitive: "die Außenminister der G7", "die Regierung des Iran" (an organisation too)
      const genitive = /^(der|des)$/i.test(doc.tokens[s.last + 1].text);
      if (a && (a.type === 'GPE' || a.type === 'LOC' || (genitive && a.type === 'ORG'))) {
        next.first = s.first;
        continue;
      }
    }
    keep.push(s);
  }
  const P = preps(doc.lang);
  const D = determiners(doc.lang);
  for (let k = 0; k < keep.length; k++) {
    const s = keep[k];
    const stop = k > 0 ? keep[k - 1].last : from - 1;
    for (let j = s.first - 1; j > stop && j >= from && s.first - j <= 5; j--) {
      if (isClauseBreak(doc, j)) break;
      const w = doc.tokens[j].text.toLowerCase();
      // "Secretary of State Marco Rubio": an "of" inside a title governs nothing
      if (TITLE_LINKS.has(w) && j > from && roleWords(doc.lang).has(doc.tokens[j - 1].text.toLowerCase())
        && doc.tokens.slice(j + 1, s.first).every((t) => /^\p{Lu}/u.test(t.text))) continue;
      // "hunderte von Studenten": a partitive after a quantity word (event-partitives) governs nothing
      if (j > from && P.has(w) && optionalColumn(doc.lang, 'event-partitives', 1).get(doc.tokens[j - 1].text.toLowerCase()) === (P.get(w) ?? w)) break;
      if (P.has(w)) {
        // "on Tuesday freed X": a preposition before a date governs the date
        const n = doc.tokens[j + 1];
        if (j + 1 < s.first && (ctx.inDate[j + 1] || dateWords(doc.lang).has(n.text.toLowerCase()))) break;
        // a contraction counts as its preposition: the cue "in" of a pattern meets "im Libanon"
        s.prep = P.get(w) ?? w;
        break;
      }
      // an article opens the participant's noun phrase: only a preposition right before it governs it
      if (D.has(w)) {
        const before = doc.tokens[j - 1]?.text.toLowerCase();
        if (j - 1 > stop && j - 1 >= from && before && P.has(before)) s.prep = P.get(before) ?? before;
        // a genitive attribute of a noun ("mit dem Präsidenten der USA"): the preposition of the
        // noun's phrase governs it too
        else if (j - 1 > stop && j - 1 >= from && genitiveArticles(doc.lang).has(w) && startsUpper(doc.tokens[j - 1].text) && !ctx.mentionAtToken.has(j - 1)
          && doc.tokens.slice(j + 1, s.first).every((t) => t.kind === 'word' && startsLower(t.text))) {
          s.genitive = true;
          continue;
        }
        break;
      }
    }
    // a nominal slot takes its country from "aus dem US-Repräsentantenhaus", "of China" right after it
    const next = keep[k + 1];
    if (s.kind === 'nominal' && !s.country && next && next.first - s.last <= 4 && gapFree(s.last + 1, next.first)) {
      const between = doc.tokens.slice(s.last + 1, next.first).map((t) => t.text.toLowerCase());
      if (between.some((w) => w === 'aus' || w === 'of' || w === 'from' || w === 'von')) s.country = next.country;
    }
    // "die Behörden in Khartum": a town the recogniser missed names where the group sits
    if (s.kind === 'nominal' && !s.country && !ctx.mentionAtToken.has(s.last + 2)) s.country = seatCountry(doc, s.last, to);
  }
  const attribution = optionalColumn(doc.lang, 'event-attribution', 1);
  return attribution.size ? keep.filter((s) => !attributed(doc, tokenLower(doc.tokens), attribution, s, from, to)) : keep;
}

/**
 * True when the slot names who reports, not who acts (lexicons/<lang>/event-attribution.tsv): "laut
 * ROG", "nach Angaben der Polizei", "nach Informationen des Magazins", "dem Ministerium zufolge".
 * Up to four words of its noun phrase (articles, adjectives, "von") may stand between the opener and it.
 */
function attributed(doc: Doc, words: string[], attribution: Map<string, string>, s: Slot, from: number, to: number): boolean {
  if (s.kind === 'pronoun') return false;
  if (s.last + 1 < to && attribution.get(words[s.last + 1]) === 'post') return true;
  for (let j = s.first - 1; j >= from && s.first - j <= 5; j--) {
    if (isClauseBreak(doc, j)) return false;
    const kind = attribution.get(words[j]);
    if (kind === 'opener') return true;
    if (kind === 'noun') return j > from && (words[j - 1] === 'nach' || attribution.get(words[j - 1]) === 'opener');
    // only lower-case words of the noun phrase (articles, adjectives, "von") between: a name or noun ends the search
    if (startsUpper(doc.tokens[j].text) || doc.tokens[j].kind !== 'word') return false;
  }
  return false;
}

/** Articles that open a genitive after a noun (lexicons/<lang>/event-genitive.tsv). */
function genitiveArticles(lang: string): Map<string, string> {
  return optionalColumn(lang, 'event-genitive', 1);
}

/** Actor a pronoun refers to: the quote's speaker inside a quote, else the last person before it. */
function resolvePronoun(ctx: EventContext, offset: number, kind: string, quoteSpeaker: (o: number) => string | null): string | null {
  const sp = quoteSpeaker(offset);
  if (sp) {
    const a = ctx.actorById.get(sp);
    // "es", "sie" stand for a state or an organisation as well ("Frankreich erklärte, dass es ...")
    if (a && (a.type === 'PER' || kind === 'any' || kind === 'speaker-any')) return sp;
  }
  if (kind === 'speaker' || kind === 'speaker-any') return null;
  // binary search the last mention before offset, then walk back to a person
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 12; k--) {
    const m = ms[k];
    if (m.type === 'PER' && m.actor && offset - m.end < 600) return m.actor;
  }
  return null;
}
