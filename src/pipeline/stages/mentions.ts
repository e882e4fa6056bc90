/**
 * Stage `mentions`: named mentions PER/ORG/GPE/LOC/MISC over doc.tokens, sentence by sentence
 * (header caption included), with ids m1, m2, ... in text order and actor null (the actors
 * stage links them). Facts found on the way (role, role span, country, sector, canonical form,
 * kind) go into doc.mentionInfo. Lexicons are compiled once per process (src/ner/data.ts).
 *
 * @example
 * createPipeline(['header', 'segment', 'measures', 'mentions']).run(doc);
 * doc.mentions; // [{ id: 'm1', start: 0, end: 12, text: 'Donald Trump', type: 'PER', actor: null }, ...]
 */
import type { Doc, MentionInfo } from '../../doc/doc.js';
import { tokenLower } from '../../doc/token-lower.js';
import type { Stage } from '../stage.js';
import { nerData, type NerData } from '../../ner/data.js';
import { createRecogniser, type Found, type NameMemory } from '../../ner/recognise/index.js';
import { buildUnits, type Unit } from '../../ner/units.js';

/** A sentence is a headline in capitals when most of its words are written in capitals. */
export function isAllCapsSentence(units: Unit[]): boolean {
  let words = 0;
  let caps = 0;
  for (const u of units) {
    if (u.kind !== 'word') continue;
    words++;
    if (u.allCaps) caps++;
  }
  return words >= 2 && caps / words >= 0.6;
}

/**
 * The facts of a found mention; a fact it lacks (or that is empty) is undefined. Every info has
 * all six fields, in one order: the later stages read them at many places, and objects of one
 * shape keep those reads monomorphic (adding only the present fields made nine shapes).
 */
function infoOf(f: Found): MentionInfo {
  return {
    kind: f.kind,
    role: f.role || undefined,
    roleSpan: f.roleSpan || undefined,
    country: f.country || undefined,
    sector: f.sector || undefined,
    canonical: f.canonical || undefined,
  };
}

/**
 * One recogniser per data object, reused for every document: its helpers are closures, and
 * making them anew per document cost time (each named closure also gets a defineProperty call
 * under tsx). A recogniser keeps no state between calls except the name memory, which is
 * emptied at the start of each document.
 */
const recognisers = new WeakMap<NerData, { memory: NameMemory; recognise: (units: Unit[], allCapsSentence: boolean) => Found[] }>();

function recogniserFor(d: NerData): { memory: NameMemory; recognise: (units: Unit[], allCapsSentence: boolean) => Found[] } {
  let r = recognisers.get(d);
  if (!r) {
    const memory: NameMemory = { surnames: new Map() };
    r = { memory, recognise: createRecogniser(d, memory) };
    recognisers.set(d, r);
  }
  return r;
}

/** Finds the mentions of a segmented document (see the stage description). */
export function findMentions(doc: Doc): void {
  const d = nerData(doc.lang);
  const { memory, recognise } = recogniserFor(d);
  memory.surnames.clear(); // names learned in one document are not carried into the next
  const found: Found[] = [];
  const toks = doc.tokens;
  const lower = tokenLower(toks);
  // tokens come in sentence order: each sentence is a contiguous range (no per-sentence copies)
  for (let from = 0; from < toks.length;) {
    const s = toks[from].sentence;
    let to = from + 1;
    while (to < toks.length && toks[to].sentence === s) to++;
    if (s >= 0 && s < doc.sentences.length) {
      const units = buildUnits(doc.text, toks, lower, from, to);
      for (const f of recognise(units, isAllCapsSentence(units))) found.push(f);
    }
    from = to;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.mentions = [];
  doc.mentionInfo = new Map();
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue; // overlapping: the earlier (longer) one stays
    const id = `m${doc.mentions.length + 1}`;
    doc.mentions.push({ id, start: f.start, end: f.end, text: doc.text.slice(f.start, f.end), type: f.type, actor: null });
    doc.mentionInfo.set(id, infoOf(f));
    lastEnd = f.end;
  }
}

export const mentions: Stage = {
  name: 'mentions',
  description: 'named mentions PER/ORG/GPE/LOC/MISC: gazetteers (countries, GeoNames cities, organisations), first names, role nouns, suffixes, context',
  requires: ['text', 'lang', 'sentences', 'tokens'],
  assigns: ['mentions', 'mentionInfo'],
  amends: [],
  run: findMentions,
};
