/**
 * Writes the stored analyses in one of three formats to a stream, page by page (flat memory):
 * jsonl = every contract result, one per line; csv = one row per event (near-duplicates'
 * events once, with the number of reporting articles); plover = PLOVER JSON event records, one
 * per line (canonical articles only); levers-csv / levers-jsonl = one row / object per trade or
 * technology lever (canonical articles only, src/export/levers.ts).
 *
 * @example
 * const n = await exportStore(store, 'csv', process.stdout);
 */
import { once } from 'node:events';
import type { LagebildStore } from '../store/queue.js';
import { CSV_COLUMNS, csvLine, eventCsvLine } from './csv.js';
import { ploverRecords } from './plover.js';
import { leverCsvHeader, leverCsvLine, leverExportRows } from './levers.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'levers-csv', 'levers-jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes with backpressure. */
async function put(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Exports everything in `format`; returns the number of records written. */
export async function exportStore(store: LagebildStore, format: ExportFormat, out: NodeJS.WritableStream): Promise<number> {
  let n = 0;
  if (format === 'jsonl') {
    for await (const r of store.allResults()) {
      await put(out, `${JSON.stringify(r)}\n`);
      n++;
    }
  } else if (format === 'csv') {
    await put(out, csvLine([...CSV_COLUMNS]));
    for await (const e of store.allEvents()) {
      await put(out, eventCsvLine(e));
      n++;
    }
  } else if (format === 'levers-csv' || format === 'levers-jsonl') {
    // levers of canonical articles (src/export/levers.ts, docs/levers.md)
    if (format === 'levers-csv') await put(out, leverCsvHeader());
    for await (const { result, sources } of store.allStories()) {
      for (const row of leverExportRows(result, sources)) {
        await put(out, format === 'levers-csv' ? leverCsvLine(row) : `${JSON.stringify(row)}\n`);
        n++;
      }
    }
  } else {
    for await (const { result, sources } of store.allStories()) {
      for (const rec of ploverRecords(result, sources)) {
        await put(out, `${JSON.stringify(rec)}\n`);
        n++;
      }
    }
  }
  return n;
}
