/**
 * Typed access to the JSON API (types shared with the server through src/server/api-types.ts).
 *
 * @example
 * const { items } = await api.events({ source: 'USA', target: 'CHN', either: '1' });
 */
import type {
  ActorDetailResponse, ActorsResponse, AddArticleRequest, AddArticleResponse, ApiError, ArticleResponse,
  ArticlesResponse, CorrectionAddResponse, CountryResponse, SearchResponse, CorrectionIn, CorrectionsResponse, DyadsResponse, EventsResponse, PlacesResponse, QuotesResponse, RelationResponse, StatsResponse,
} from '../../src/server/api-types.js';

type Query = Record<string, string | number | undefined | null>;

/** An API error with its status and the server's message. */
export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function qs(q: Query): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}

async function getJson<T>(path: string, q: Query = {}): Promise<T> {
  const res = await fetch(path + qs(q), { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({ error: res.statusText }))) as T | ApiError;
  if (!res.ok) throw new ApiFailure(res.status, (body as ApiError).error ?? res.statusText);
  return body as T;
}

/** The write token the analyst gave (kept for the session only). */
export function writeToken(): string | undefined {
  return sessionStorage.getItem('lagebild-token') ?? undefined;
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = writeToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({ error: res.statusText }))) as T | ApiError;
  if (!res.ok) throw new ApiFailure(res.status, (json as ApiError).error ?? res.statusText);
  return json as T;
}

/** The API's routes as functions. */
export const api = {
  stats: () => getJson<StatsResponse>('/api/stats'),
  articles: (q: Query = {}) => getJson<ArticlesResponse>('/api/articles', q),
  article: (id: string) => getJson<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`),
  events: (q: Query = {}) => getJson<EventsResponse>('/api/events', q),
  quotes: (q: Query = {}) => getJson<QuotesResponse>('/api/quotes', q),
  actors: (q: Query = {}) => getJson<ActorsResponse>('/api/actors', q),
  actor: (name: string, q: Query = {}) => getJson<ActorDetailResponse>('/api/actor', { name, ...q }),
  relation: (a: string, b: string, q: Query = {}) => getJson<RelationResponse>('/api/relation', { a, b, ...q }),
  country: (c: string, q: Query = {}) => getJson<CountryResponse>('/api/country', { c, ...q }),
  search: (q: Query = {}) => getJson<SearchResponse>('/api/search', q),
  corrections: (q: Query = {}) => getJson<CorrectionsResponse>('/api/corrections', q),
  addCorrection: (c: Partial<CorrectionIn>) => postJson<CorrectionAddResponse>('/api/corrections', c),
  addCorrections: (cs: Partial<CorrectionIn>[]) => postJson<CorrectionAddResponse>('/api/corrections', cs),
  places: (q: Query = {}) => getJson<PlacesResponse>('/api/places', q),
  dyads: (limit = 100, q: Query = {}) => getJson<DyadsResponse>('/api/dyads', { limit, ...q }),
  async addArticle(body: AddArticleRequest, token?: string): Promise<AddArticleResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch('/api/articles', { method: 'POST', headers, body: JSON.stringify(body) });
    const json = (await res.json().catch(() => ({ error: res.statusText }))) as AddArticleResponse | ApiError;
    if (!res.ok) throw new ApiFailure(res.status, (json as ApiError).error ?? res.statusText);
    return json as AddArticleResponse;
  },
};
