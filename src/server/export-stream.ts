/**
 * GET /api/export: streams the whole store through the project's exporter (src/export/): JSON
 * Lines of contract results, CSV with one row per event, or PLOVER JSON records, page by page.
 *
 * @example
 * await streamExport(store, 'csv', res);
 */
import type { ServerResponse } from 'node:http';
import { exportStore, type ExportFormat } from '../export/export.js';
import type { ExportFilter } from '../export/filter.js';
import type { ServerStore } from './server-store.js';
import { BASE_HEADERS } from './http-util.js';

const TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  polecat: 'text/tab-separated-values; charset=utf-8',
  'levers-csv': 'text/csv; charset=utf-8',
  'levers-jsonl': 'application/x-ndjson; charset=utf-8',
};

/** Streams the export in `format` to `res` as a download. */
export async function streamExport(store: ServerStore, format: ExportFormat, res: ServerResponse, filter: ExportFilter = {}): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  const ext = format.endsWith('csv') ? 'csv' : format === 'polecat' ? 'tsv' : 'jsonl';
  const prefix = format === 'plover' || format === 'polecat' ? `${format}-` : format.startsWith('levers') ? 'levers-' : '';
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': TYPES[format],
    'content-disposition': `attachment; filename="lagebild-${prefix}${day}.${ext}"`,
  });
  // exportStore only reads allResults/allEvents/allStories, which ServerStore guarantees.
  await exportStore(store as unknown as Parameters<typeof exportStore>[0], format, res, filter);
  res.end();
}
