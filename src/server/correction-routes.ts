/**
 * GET /api/corrections (the audit list: every analyst correction, newest first, with author and
 * time) and POST /api/corrections (add one, or an array of them). POST follows the write rules of
 * every POST route (token beyond loopback, same origin), checked by server.ts. An alias is also
 * stored as an analyst fact of the actor registry, so the next analysis knows the spelling.
 *
 * @example
 * await correctionAdd(store, '{"kind":"event","articleId":"a1","eventId":"e2","field":"flag","value":"wrong","author":"ana"}');
 */
import { validateCorrection, type CorrectionIn, type CorrectionRow } from '../store/corrections.js';
import type { Store } from '../store/store.js';
import { HttpError } from './http-util.js';
import type { Params } from './params.js';

import type { CorrectionAddResponse, CorrectionsResponse } from './api-types.js';

/** GET /api/corrections?article=ID&event=ID&limit=N */
export async function correctionList(store: Store, p: Params): Promise<CorrectionsResponse> {
  const articleId = p.text('article');
  return { items: await store.corrections({ articleId, eventId: articleId ? p.text('event') : undefined, limit: p.int('limit', 1000, 1, 100_000) }) };
}

/** POST /api/corrections with one correction object or an array (1..100), validated before any is stored. */
export async function correctionAdd(store: Store, body: string): Promise<CorrectionAddResponse> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'the body must be JSON: {"kind": "event", "articleId": ..., "eventId": ..., "field": "type", "value": "CONSULT", "author": ...}');
  }
  const list = Array.isArray(json) ? json : [json];
  if (!list.length || list.length > 100) throw new HttpError(400, 'send 1 to 100 corrections');
  const valid: CorrectionIn[] = list.map((o, i) => {
    const c = validateCorrection(o);
    if (c instanceof Error) throw new HttpError(400, list.length > 1 ? `correction ${i + 1}: ${c.message}` : c.message);
    return c;
  });
  const added: CorrectionRow[] = [];
  for (const c of valid) added.push(await store.addCorrection(c));
  const aliases = valid.filter((c) => c.kind === 'actor-alias' && c.name && c.value);
  if (aliases.length) {
    const known = await store.registryFacts();
    await store.addRegistryFacts(aliases.map((c) => {
      const f = known.find((k) => k.name === c.name);
      return { name: c.name!, aliases: [c.value!], type: f?.type ?? 'MISC', country: f?.country ?? null, sector: f?.sector ?? null, role: f?.role ?? null, source: 'analyst' as const };
    }));
  }
  return { added };
}
