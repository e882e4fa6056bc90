/**
 * The document that flows through the pipeline. Each stage reads the layers before it and adds
 * its own; `toResult` turns it into the contract's Result.
 *
 * @example
 * const doc = createDoc({ id: 'a1', text: 'Trump traf Xi.', lang: 'de', date: '2025-09-25' });
 */
import type {
  Actor, Amount, DateMention, Diagnostic, Event, Header, Lang, Lever, Mention, Quote, Result, Span,
} from '../contract/schema.js';

/** A token with offsets into the full text. `kind` tells words, numbers and punctuation apart. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'num' | 'punct';
  /** index into doc.sentences */
  sentence: number;
}

/** A sentence span plus where it sits: in the photo header or in the body. */
export interface Sentence extends Span {
  /** true for sentences of the header (credit / caption): no quotes or events come from them */
  header?: boolean;
  /** index of the paragraph (blocks separated by blank lines) */
  paragraph?: number;
}

/** What a stage learned about a mention beyond the contract fields (used by later stages). */
export interface MentionInfo {
  /** role noun or title introducing the name, e.g. "Verteidigungsminister" (normalised, e.g. "defence minister") */
  role?: string;
  /** span of the role/apposition text in doc.text */
  roleSpan?: Span;
  /** ISO 3166-1 alpha-3 country the mention names or is tied to ("US-Präsident" → USA) */
  country?: string;
  /** PLOVER/CAMEO sector code hinted by the context (GOV, MIL, LEG, BUS, IGO, ...) */
  sector?: string;
  /** canonical form (e.g. "China" for "chinesischen", "Donald Trump" for "Trumps") */
  canonical?: string;
  /** how it was found: a proper name, a demonym/adjective, a country-prefix ("US-"), a gazetteer entry */
  kind?: 'name' | 'demonym' | 'prefix' | 'gazetteer';
}

/** Offsets of the parts of the plain-text photo header (see CONTRACT.md). */
export interface HeaderSpans {
  /** the whole header line, from its first character to its end (before the newline) */
  line: Span;
  date: Span | null;
  credit: Span | null;
  caption: Span | null;
}

export interface DocInit {
  id: string;
  text: string;
  lang: Lang;
  date: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
}

export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly lang: Lang;
  /** the article date (YYYY-MM-DD) relative expressions are resolved against, or null */
  date: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  header: Header | null;
  headerSpans: HeaderSpans | null;
  /** offset where the body starts: 0 without header, else just after the header line */
  bodyStart: number;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  actors: Actor[];
  quotes: Quote[];
  events: Event[];
  dates: DateMention[];
  amounts: Amount[];
  /** trade and technology levers (stage levers, docs/levers.md) */
  levers: Lever[];
  diagnostics: Diagnostic[];
  /** per-mention extra facts keyed by mention id (not part of the contract output) */
  mentionInfo: Map<string, MentionInfo>;
}

export function createDoc(init: DocInit): Doc {
  return {
    id: init.id,
    text: init.text,
    lang: init.lang,
    date: init.date,
    title: init.title ?? null,
    url: init.url ?? null,
    source: init.source ?? null,
    header: null,
    headerSpans: null,
    bodyStart: 0,
    sentences: [],
    tokens: [],
    mentions: [],
    actors: [],
    quotes: [],
    events: [],
    dates: [],
    amounts: [],
    levers: [],
    diagnostics: [],
    mentionInfo: new Map(),
  };
}

/** Records a recoverable problem on the document (never throws). */
export function warn(doc: Doc, stage: string, message: string): void {
  doc.diagnostics.push({ stage, message });
}

export function toResult(doc: Doc): Result {
  const r: Result = {
    id: doc.id,
    lang: doc.lang,
    date: doc.date,
    title: doc.title,
    text: doc.text,
    header: doc.header,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    mentions: doc.mentions,
    actors: doc.actors,
    quotes: doc.quotes,
    events: doc.events,
    dates: doc.dates,
    amounts: doc.amounts,
    diagnostics: doc.diagnostics,
    levers: doc.levers,
  };
  if (doc.url) r.url = doc.url;
  if (doc.source) r.source = doc.source;
  return r;
}
