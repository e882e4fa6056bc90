/**
 * GET /api/export: streams the whole store as JSON Lines (one contract result per article) or
 * CSV (one row per event), page by page, so memory stays flat on large stores.
 *
 * @example
 * await streamExport(store, 'csv', res);
 */
import type { ServerResponse } from 'node:http';
import type { EventRow, Store } from '../store/store.js';
import { CSV_COLUMNS } from './api-types.js';
import { BASE_HEADERS } from './http-util.js';

const PAGE = 500;

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without line end) for an event row, columns as CSV_COLUMNS. */
export function csvRow(e: EventRow): string {
  return [
    e.articleId, e.eventId, e.date, e.articleDate, e.type, e.mode, e.status, e.score,
    e.sourceCountry, e.targetCountry, e.sourceNames.join('; '), e.targetNames.join('; '),
    e.trigger.text, e.evidence.text, e.place?.name, e.place?.lat, e.place?.lon, e.sources,
  ].map(csvField).join(',');
}

/** Waits for 'drain' when the socket buffer is full (back-pressure). */
function write(res: ServerResponse, chunk: string): Promise<void> | void {
  if (!res.write(chunk)) return new Promise((resolve) => res.once('drain', () => resolve()));
}

/** Streams the export in `format` to `res`. */
export async function streamExport(store: Store, format: 'jsonl' | 'csv', res: ServerResponse): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'content-disposition': `attachment; filename="lagebild-${day}.${format}"`,
  });
  if (format === 'csv') {
    await write(res, CSV_COLUMNS.join(',') + '\r\n');
    for (let offset = 0; ; offset += PAGE) {
      const rows = await store.events({ limit: PAGE, offset });
      for (const e of rows) await write(res, csvRow(e) + '\r\n');
      if (rows.length < PAGE || res.destroyed) break;
    }
  } else {
    for (let offset = 0; ; offset += PAGE) {
      const list = await store.listArticles({ limit: PAGE, offset });
      for (const a of list) {
        const full = await store.getArticle(a.id);
        if (!full) continue;
        const line = full.result ?? { id: full.id, error: full.error ?? { code: 'pending', message: 'not analysed yet' } };
        await write(res, JSON.stringify(line) + '\n');
      }
      if (list.length < PAGE || res.destroyed) break;
    }
  }
  res.end();
}
