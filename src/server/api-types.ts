/**
 * Request and response shapes of the JSON API, shared by the server (src/server/) and the
 * dashboard (web/src/). Type-only: importing it costs nothing at run time on either side.
 *
 * @example
 * import type { EventsResponse } from '../../src/server/api-types.js';
 * const res = (await (await fetch('/api/events?source=USA')).json()) as EventsResponse;
 */
import type { Lang } from '../contract/schema.js';
import type {
  ActorRow, ArticleSummary, EventRow, PlaceRow, PlaceSummary, QuoteRow, StoredArticle, WeekPoint,
} from '../store/store.js';
import type { CorrectionRow } from '../store/correction-types.js';
import type { PartnerRow } from '../store/store.js';

export type { ActorRow, ArticleSummary, EventRow, PlaceRow, PlaceSummary, QuoteRow, StoredArticle, WeekPoint };

/** Every error, with a matching HTTP status (400 bad parameter, 401, 404, 413, 500, ...). */
export interface ApiError {
  error: string;
}

/** A page of rows: `limit`/`offset` echo what was used after clamping. */
export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
}

/** GET /api/articles?q&limit&offset */
export type ArticlesResponse = Page<ArticleSummary>;

/** GET /api/articles/:id — the stored article with its contract result (null until analysed). */
export interface ArticleResponse {
  article: StoredArticle;
}

/** GET /api/events?from&to&source&target&either&type&status&actor&q&limit&offset */
export type EventsResponse = Page<EventRow>;

/** GET /api/quotes?q&speaker&country&from&to&limit&offset */
export type QuotesResponse = Page<QuoteRow>;

/** GET /api/actors?q&limit */
export interface ActorsResponse {
  items: ActorRow[];
}

/** GET /api/actor?name= — one actor with what it said and did and whom it appears with. */
export interface ActorDetailResponse {
  actor: ActorRow | null;
  name: string;
  events: EventRow[];
  quotes: QuoteRow[];
  /** actors named on the other side of (or together on) this actor's events, most first */
  cooccurring: { name: string; count: number }[];
  /** other stored names an analyst merged into this one (what a split can move to a new actor) */
  merged?: string[];
  /** with `articles=1`: the articles of its events and quotes (at most 200), newest first, for choosing which go to a split */
  articles?: { id: string; title: string | null; date: string | null; lead?: string }[];
}

/** GET /api/relation?a=USA&b=CHN — weekly series, both directions. */
export interface RelationResponse {
  a: string;
  b: string;
  /** bucket of each point (`week` holds the bucket's first day): day, week (default) or month */
  unit?: 'day' | 'week' | 'month';
  /** both directions (default), a→b only, b→a only */
  direction?: 'both' | 'ab' | 'ba';
  points: WeekPoint[];
  /** events of the pair on no day (background facts, undated plans): not in `points` (issue 13) */
  undated?: number;
}

/** GET /api/dyads?limit */
/** GET /api/places?type : events per place and per state taking part (the map) */
export type PlacesResponse = PlaceSummary;

export interface DyadsResponse {
  items: { a: string; b: string; count: number }[];
}

/** GET /api/stats */
export interface StatsResponse {
  store: 'sqlite' | 'postgres';
  articles: number;
  done: number;
  errors: number;
  events: number;
  quotes: number;
  /** whether POST requests need a token (non-loopback host or a token configured) */
  writeNeedsToken: boolean;
}

/**
 * POST /api/articles body: an article in contract input form ({text, id?, lang?, date?, title?,
 * url?, source?}) or {url} alone to fetch a page or feed. Limited to 5 MB (413 beyond).
 */
export interface AddArticleRequest {
  text?: string;
  url?: string;
  id?: string | null;
  lang?: Lang | null;
  date?: string | null;
  title?: string | null;
  source?: string | null;
}

/** One stored article as POST /api/articles reports it. */
export interface AddedArticle {
  id: string;
  /** false when an article with the same content was already stored */
  inserted: boolean;
  status: 'done' | 'error';
  events: number;
  quotes: number;
  error?: string;
  /** what the server changed in the article before storing it (NUL removed, encoding guessed, ...) */
  notes?: string[];
}

/** POST /api/articles response: one entry per article (a feed gives several). */
export interface AddArticleResponse {
  items: AddedArticle[];
  /** items of a URL/feed that could not be read */
  failed: { origin: string; error: string }[];
}

/** GET /api/export?format=: downloads (streamed) in the formats of `lagebild export`. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'polecat', 'levers-csv', 'levers-jsonl'] as const;

export type { CorrectionIn, CorrectionRow } from '../store/correction-types.js';

/** GET /api/corrections: the audit list, newest first. */
export interface CorrectionsResponse {
  items: CorrectionRow[];
}

/** POST /api/corrections: the stored corrections. */
export interface CorrectionAddResponse {
  added: CorrectionRow[];
}

/** GET /api/search?q=&limit= : events, quotes and articles matching the query, newest first */
export interface SearchResponse {
  q: string;
  /** other names of actors and places the search also looked for */
  expanded: string[];
  events: EventRow[];
  quotes: QuoteRow[];
  articles: ArticleSummary[];
}

/** GET /api/country?c=ISO3 : partners ranked by events (with score sum), actors, quotes of its speakers */
export interface CountryResponse {
  country: string;
  partners: PartnerRow[];
  actors: ActorRow[];
  quotes: QuoteRow[];
}
