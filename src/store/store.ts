/**
 * The Store interface: one contract in capability groups, one folder per implementation
 * (sqlite/, postgres/) sharing their SQL (sql/), one shared test suite run against both. All
 * methods are async so that PostgreSQL fits.
 *
 * @example
 * const store = await openStore('.lagebild/lagebild.db'); // or 'postgres://...'
 * const { id, inserted } = await store.putArticle(article);
 */
import type { ArticleIn, Lang, Result } from '../contract/schema.js';
import type { LeverQuery, LeverRow } from './lever-rows.js';
import type { ParsedQuery } from './search-terms.js';
import type { RelationGroup } from './relation.js';
import type { AnalysisOutcome, BatchStore, PutArticleResult } from './queue.js';
import type { CorrectionStore } from './corrections.js';
import type { RegistryFactStore } from './registry-facts.js';

export interface ArticleSummary {
  id: string;
  /** sha256 of the normalised text: the idempotency key */
  hash: string;
  title: string | null;
  lang: Lang | null;
  date: string | null;
  url: string | null;
  source: string | null;
  /** pending (stored, not analysed), done, error */
  status: 'pending' | 'done' | 'error';
  /** id of the canonical article when this one is a near-duplicate */
  duplicateOf: string | null;
  events: number;
  quotes: number;
  /** listArticles only, for an article without a title: the start of its text (the page makes a title of it) */
  lead?: string;
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  result: Result | null;
  error: { code: string; message: string } | null;
}

/** One event row as the API and exports see it: the contract event plus where it stands. */
export interface EventRow {
  articleId: string;
  eventId: string;
  type: string;
  mode: string | null;
  status: string;
  score: number;
  date: string | null;
  /** the article date (used when the event has no date of its own) */
  articleDate: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  sourceNames: string[];
  targetNames: string[];
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  quoteId: string | null;
  /** how many near-duplicate articles reported it (1 = only this one) */
  sources: number;
  /** how sure the engine is of the event, 0..1 (stage `coding`; absent for events stored before) */
  confidence?: number;
  /** where the date comes from: the text, the article date, or nothing (background, undated plan) */
  dateBasis?: 'text' | 'article';
  /** the day a plan was announced (plans are filed under it) */
  announced?: string;
  /** the language of the event's article (its evidence is in it) */
  lang?: string;
  /** fields an analyst corrected (corrections layer, src/store/corrections.ts); absent when none */
  corrected?: string[];
  /** author and time (ISO 8601) of the latest correction */
  correctedBy?: string;
  correctedAt?: string;
  /** an analyst flagged the event as wrong: listed, but left out of charts and exports */
  flagged?: boolean;
}

export interface EventQuery {
  from?: string;
  to?: string;
  /** ISO3 country of the source (or of either side when `either` is set) */
  source?: string;
  target?: string;
  either?: boolean;
  type?: string;
  status?: string;
  /** actor name substring */
  actor?: string;
  /** any of these actor name substrings (an actor and the names merged into it) */
  actorAny?: string[];
  /** word search (stemmed, whole words; search-terms.ts) in the evidence sentence, trigger and actor names */
  q?: string;
  /** a parsed query (wins over q): what /api/search passes, with other names of actors and places */
  match?: ParsedQuery;
  /** exact place name (the map's "events at this place") */
  place?: string;
  /** events with a lower confidence are left out (events stored without one are kept) */
  minConfidence?: number;
  limit?: number;
  offset?: number;
}

/** Events at one place (name and coordinates), for the map. */
export interface PlaceRow {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  count: number;
}

/** What the map draws: events per place (with coordinates) and per state taking part. */
export interface PlaceSummary {
  /** most events first */
  places: PlaceRow[];
  /** events per source or target country (an event counts for each side), most first */
  countries: { country: string; count: number }[];
}

export interface QuoteRow {
  articleId: string;
  quoteId: string;
  type: string;
  text: string;
  speaker: string | null;
  speakerCountry: string | null;
  cue: string | null;
  date: string | null;
  title: string | null;
  /** the language of the quote's article */
  lang?: string;
}

export interface QuoteQuery {
  /** full-text search, stemmed (search-terms.ts; SQLite FTS5 / PostgreSQL tsvector) over quote and speaker */
  q?: string;
  /** a parsed query (wins over q) */
  match?: ParsedQuery;
  speaker?: string;
  country?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface ActorRow {
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  roles: string[];
  articles: number;
  mentions: number;
}

/** One week of the relation between two states. */
export interface WeekPoint {
  /** Monday of the ISO week, YYYY-MM-DD */
  week: string;
  scoreSum: number;
  scoreMean: number;
  count: number;
  /** counts by quad class and status, e.g. { "verbal-coop": {asserted: 3, planned: 1} } */
  quad: Record<string, { asserted: number; planned: number; other: number }>;
  /** of `count`, events without a full date of their own (filed under the article's date); relationSeries only */
  undated?: number;
  /** canonical articles dated in the bucket (the /api/relation `norm=1` answer only) */
  articles?: number;
}

/** A country's partner in events (either direction): events and PLOVER score sum (asserted, planned). */
export interface PartnerRow {
  country: string;
  events: number;
  scoreSum: number;
}

/** What a search for articles may ask: `q` a substring of title, text or url; `match` a stemmed word search over title and text. */
export interface ArticleListQuery {
  limit?: number;
  offset?: number;
  q?: string;
  match?: ParsedQuery;
}

/** Capability group: opening, migrating, closing. */
export interface StoreLifecycle {
  readonly kind: 'sqlite' | 'postgres';
  /** applies pending migrations (versioned files); safe to call every start */
  migrate(): Promise<void>;
  /** recomputes the actor summary from the actor rows (needed only after changing rows by hand, as bench/api-speed.ts does) */
  rebuildSummaries(): Promise<void>;
  close(): Promise<void>;
}

/** Capability group: writing articles and their analyses, one at a time or in one transaction per batch. */
export interface ArticleWrites {
  /** stores the article unless its content hash is known; returns its id and state either way */
  putArticle(article: ArticleIn): Promise<PutArticleResult>;
  /** writes (or replaces, idempotently) the analysis of an article */
  putResult(articleId: string, result: Result): Promise<void>;
  putError(articleId: string, error: { code: string; message: string }): Promise<void>;
  /** putArticle for many articles in one transaction */
  putArticles(articles: ArticleIn[]): Promise<PutArticleResult[]>;
  /** putResult / putError for many articles in one transaction, all or nothing */
  putResults(items: AnalysisOutcome[]): Promise<void>;
}

/** Capability group: what the API, the dashboard and the CLI read. */
export interface StoreReads {
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(q?: ArticleListQuery): Promise<ArticleSummary[]>;
  events(q?: EventQuery): Promise<EventRow[]>;
  quotes(q?: QuoteQuery): Promise<QuoteRow[]>;
  actors(q?: { q?: string; limit?: number }): Promise<ActorRow[]>;
  /** weekly series of the relation between two countries (both directions) */
  relation(a: string, b: string): Promise<WeekPoint[]>;
  /** the dyad's events grouped by day, direction, quad class and status (corrected-view.ts builds any series from them) */
  relationGroups(a: string, b: string): Promise<RelationGroup[]>;
  /** country pairs by number of events, most first */
  dyads(limit?: number): Promise<{ a: string; b: string; count: number }[]>;
  /** events per place and per state taking part, over canonical articles (optionally one event type) */
  places(q?: { type?: string }): Promise<PlaceSummary>;
  /** the countries `c` has events with (either direction), most events first */
  partners(c: string, limit?: number): Promise<PartnerRow[]>;
  /** canonical articles per article date within [from, to] (the per-100-articles normalisation) */
  articlesPerDay(from?: string, to?: string): Promise<{ day: string; n: number }[]>;
  counts(): Promise<{ articles: number; done: number; errors: number; events: number; quotes: number }>;
}

/** Capability group: lever queries (migration 008, docs/levers.md). */
export interface LeverStore {
  levers(q?: LeverQuery): Promise<LeverRow[]>;
}

/**
 * The one Store interface: both stores (SQLite, PostgreSQL) implement every group, and everything
 * else (CLI, ingest, workers, server, exports, the corrected view) is written against it. The
 * groups are named so that a function can ask for only what it uses (`Pick`, or a group).
 */
export interface Store extends StoreLifecycle, ArticleWrites, StoreReads, BatchStore, LeverStore, CorrectionStore, RegistryFactStore {}
