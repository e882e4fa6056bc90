/**
 * GET /api/registry and POST /api/registry: the store's actor-registry facts (learned from
 * articles, with article id and span; and analysts' entries) and adding analyst facts. POST
 * follows the write rules of every POST route (token beyond loopback, checked by server.ts).
 *
 * @example
 * await registryList(store, new Params(new URLSearchParams('source=learned')));
 * await registryAdd(store, '{"name": "Jane Example", "country": "USA", "role": "foreign minister"}');
 */
import { analystFact } from '../registry/import-file.js';
import { validateRegistryFact, type RegistryFactRow, type RegistryFactStore } from '../store/registry-facts.js';
import { HttpError } from './http-util.js';
import type { Params } from './params.js';

/** Response of GET /api/registry: facts in id order (optionally of one source / name substring). */
export interface RegistryResponse {
  items: RegistryFactRow[];
}

/** Response of POST /api/registry: the stored analyst facts. */
export interface RegistryAddResponse {
  added: RegistryFactRow[];
}

/** GET /api/registry?source=learned|analyst|starter&q=NAME&limit=N */
export async function registryList(store: RegistryFactStore, p: Params): Promise<RegistryResponse> {
  const source = p.text('source');
  if (source && !['starter', 'learned', 'analyst'].includes(source)) {
    throw new HttpError(400, 'parameter "source" must be starter, learned or analyst');
  }
  const q = p.text('q')?.toLowerCase();
  const limit = p.int('limit', 1000, 1, 10000);
  const items = (await store.registryFacts())
    .filter((f) => (!source || f.source === source) && (!q || f.name.toLowerCase().includes(q)))
    .slice(0, limit);
  return { items };
}

/** POST /api/registry with one fact object, an array of them, or {facts: [...]}; all or nothing. */
export async function registryAdd(store: RegistryFactStore, body: string): Promise<RegistryAddResponse> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'the body must be JSON: {"name": ..., "type": "PER", "country": "USA", "sector": ..., "role": ...}');
  }
  const list = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { facts?: unknown }).facts)
    ? (json as { facts: unknown[] }).facts : [json];
  if (!list.length || list.length > 1000) throw new HttpError(400, 'send 1 to 1000 facts');
  const facts = list.map((o, i) => {
    if (!o || typeof o !== 'object') throw new HttpError(400, `fact ${i + 1}: must be an object`);
    const f = analystFact(o as Record<string, unknown>);
    const why = validateRegistryFact(f);
    if (why) throw new HttpError(400, `fact ${i + 1}: ${why}`);
    return f;
  });
  return { added: await store.addRegistryFacts(facts) };
}
