/** Levers in the exports: levers-csv and levers-jsonl from a store, and the PLOVER extension (src/export/levers.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { exportStore, type ExportFormat } from './export.js';
import { LEVER_CSV_COLUMNS, leverExtension } from './levers.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

const ARTICLE = {
  id: 'lv-1', lang: 'de' as const, date: '2025-06-12', title: 'Zölle',
  text: 'Washington verhängte am Montag Zölle von 30 Prozent auf Stahl aus Brasilien. Brasilien nannte das einen "Fehler, der beiden schadet".',
};

async function exported(store: SqliteStore, format: ExportFormat): Promise<string> {
  const out = new PassThrough();
  let s = '';
  out.on('data', (c) => { s += c; });
  await exportStore(store, format, out);
  return s;
}

test('levers-csv and levers-jsonl: one row per lever of a canonical article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-levers-'));
  const store = await SqliteStore.open(join(dir, 'x.db'));
  try {
    const r = analyze(ARTICLE) as Result;
    assert.equal(r.levers?.length, 1);
    const { id } = await store.putArticle(ARTICLE);
    await store.putResult(id, r);
    const csv = (await exported(store, 'levers-csv')).split('\r\n').filter(Boolean);
    assert.equal(csv[0], LEVER_CSV_COLUMNS.join(','));
    assert.equal(csv.length, 2);
    const row = Object.fromEntries(LEVER_CSV_COLUMNS.map((c, i) => [c, csv[1].split(',')[i]]));
    assert.deepEqual([row.instrument, row.imposer_country, row.target_country, row.good, row.magnitude_value, row.magnitude_unit, row.date, row.date_basis, row.sources],
      ['tariff', 'USA', 'BRA', 'STEEL', '30', 'percent', '2025-06-09', 'text', '1']);
    const lines = (await exported(store, 'levers-jsonl')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.equal(lines.length, 1);
    assert.deepEqual([lines[0].articleId, lines[0].instrument, lines[0].imposerNames, lines[0].evidenceText],
      [id, 'tariff', ['Washington'], 'Washington verhängte am Montag Zölle von 30 Prozent auf Stahl aus Brasilien.']);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('leverExtension: the levers tied to an event, for its PLOVER record', () => {
  const r = analyze(ARTICLE) as Result;
  const ev = r.levers?.[0].event;
  assert.ok(ev, 'the tariff lever belongs to the event of the same words');
  assert.deepEqual(leverExtension(r, ev), [{ instrument: 'tariff', good: 'STEEL', magnitude: '30 Prozent', direction: 'imposed', status: 'in-force' }]);
  assert.deepEqual(leverExtension(r, 'e99'), []);
});
