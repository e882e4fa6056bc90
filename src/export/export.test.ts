import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { csvField, csvLine, CSV_COLUMNS } from './csv.js';
import { exportStore, type ExportFormat } from './export.js';
import { ploverRecords } from './plover.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ARTICLES, fixtureResults } from '../store/fixtures.js';

test('csv fields follow RFC 4180', () => {
  const cases: [string | number | null, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['said "no"', '"said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [null, ''],
    [-6.5, '-6.5'],
    ['', ''],
  ];
  for (const [v, want] of cases) assert.equal(csvField(v), want, String(v));
  assert.equal(csvLine(['a', 'b,c', null]), 'a,"b,c",\r\n');
});

test('csv text cells that a spreadsheet would run as formulas get a leading quote (OWASP CSV injection)', () => {
  const cases: [string | number, string][] = [
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ['+1+cmd|\' /C calc\'!A0', "'+1+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['a=b', 'a=b'],
    [-6.5, '-6.5'],
  ];
  for (const [v, want] of cases) assert.equal(csvField(v), want, String(v));
});

/** A minimal RFC 4180 parser to read our own output back. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], f = '', q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; } else if (c === '\r' && s[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; } else f += c;
  }
  return rows;
}

async function exported(store: SqliteStore, format: ExportFormat): Promise<{ n: number; text: string }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const n = await exportStore(store, format, out);
  out.end();
  return { n, text: Buffer.concat(chunks).toString('utf8') };
}

test('export: jsonl results, csv events, plover records from a store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-export-'));
  const store = await SqliteStore.open(join(dir, 'x.db'));
  try {
    const results = fixtureResults();
    for (const [k, a] of Object.entries(ARTICLES)) {
      const { id } = await store.putArticle({ ...a, url: `https://news.example/${k}` });
      await store.putResult(id, { ...results[k as keyof typeof ARTICLES], url: `https://news.example/${k}` });
    }
    const jsonl = await exported(store, 'jsonl');
    assert.equal(jsonl.n, 4);
    const lines = jsonl.text.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((r) => r.id), ['fx-visit', 'fx-tariffs', 'fx-talks', 'fx-strike']);
    assert.deepEqual(lines[1], { ...results.tariffs, url: 'https://news.example/tariffs' });

    const csv = await exported(store, 'csv');
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 1 + 10);
    assert.equal(csv.n, 10);
    const support = rows.find((r) => r[3] === 'SUPPORT')!;
    const col = (name: (typeof CSV_COLUMNS)[number]) => support[CSV_COLUMNS.indexOf(name)];
    assert.equal(col('date'), '2025-09-25'); // no event date: the article's
    assert.equal(col('evidence'), '"Wir stehen fest an der Seite Frankreichs", sagte die Ministerin nach dem Treffen.');
    assert.equal(col('url'), 'https://news.example/visit');
    assert.equal(col('source_names'), 'Annalena Beispiel');
    assert.equal(col('sources'), '1');

    const plover = await exported(store, 'plover');
    const recs = plover.text.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(recs.length, 10);
    const rec = recs.find((r) => r.event === 'CONSULT' && r.story_id === 'fx-visit');
    assert.deepEqual(
      [rec.id, rec.date, rec.mode, rec.source, rec.src_actor, rec.src_agent, rec.src_other, rec.target, rec.language, rec.url],
      ['fx-visit-e1', '2025-09-25', 'visit', 'DEU', 'Annalena Beispiel', 'GOV', 'Außenministerin', 'FRA', 'de', 'https://news.example/visit'],
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('plover: an event without actors or place still gives a complete record', () => {
  const r = fixtureResults().strike;
  const [, request] = ploverRecords(r, 3);
  assert.deepEqual(
    [request.event, request.source, request.target, request.tgt_actor, request.geo, request.sources, request.text],
    ['REQUEST', 'UKR', '', '', null, 3, 'Kiew forderte von den Verbündeten mehr Luftabwehr.'],
  );
});
