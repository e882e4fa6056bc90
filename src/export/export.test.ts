import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { csvField, csvLine, CSV_COLUMNS } from './csv.js';
import { exportStore, type ExportFormat } from './export.js';
import { ploverRecords } from './plover.js';
import { POLECAT_COLUMNS } from './polecat.js';
import type { ExportFilter } from './filter.js';
import { validatePloverRecord } from '../contract/plover-record.js';
import { readdirSync, readFileSync } from 'node:fs';
import type { ArticleIn, Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { sharedFile, SHARED_MISSING } from '../testing/shared.js';
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

async function exported(store: SqliteStore, format: ExportFormat, filter: ExportFilter = {}): Promise<{ n: number; text: string }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const n = await exportStore(store, format, out, filter);
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
    for (const r of recs) assert.deepEqual(validatePloverRecord(r), [], r.id);
    const rec = recs.find((r) => r.event[0] === 'CONSULT' && r.lagebild.story_id === 'fx-visit');
    assert.deepEqual(
      [rec.id, rec.date, rec.mode, rec.actor[0].code, rec.actor[0].entity_text, rec.actor[0].sector, rec.actor[0].office, rec.recipient[0].code, rec.cite_info.language, rec.cite_info.url],
      ['fx-visit-e1', '2025-09-25', ['visit'], 'DEU', 'Annalena Beispiel', 'GOV', 'Außenministerin', 'FRA', 'de', 'https://news.example/visit'],
    );

    const polecat = await exported(store, 'polecat');
    const rows2 = polecat.text.trim().split('\n').map((l) => l.split('\t'));
    assert.deepEqual(rows2[0], [...POLECAT_COLUMNS]);
    assert.equal(polecat.n, 10);
    assert.ok(rows2.slice(1).every((r) => r.length === POLECAT_COLUMNS.length));

    // the API's filters: type, dyad
    const sanctions = await exported(store, 'plover', { type: 'SANCTION' });
    assert.ok(sanctions.n > 0 && sanctions.n < 10);
    assert.ok(sanctions.text.trim().split('\n').every((l) => JSON.parse(l).event[0] === 'SANCTION'));
    const csvUsa = await exported(store, 'csv', { source: 'USA' });
    assert.ok(parseCsv(csvUsa.text).slice(1).every((r) => r[CSV_COLUMNS.indexOf('source_country')] === 'USA'));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('plover: an event with a country but no actor still gives a valid record', () => {
  const r = fixtureResults().strike;
  const recs = ploverRecords(r, 3);
  const request = recs.find((x) => x.event[0] === 'REQUEST')!;
  assert.deepEqual(
    [request.actor[0].code, request.recipient, request.event_loc, request.lagebild?.sources, request.text],
    ['UKR', undefined, undefined, 3, 'Kiew forderte von den Verbündeten mehr Luftabwehr.'],
  );
  for (const x of recs) assert.deepEqual(validatePloverRecord(x), [], x.id);
});

test('plover schema rejects what the manual does not allow (table)', () => {
  const ok = { id: 'a-e1', date: '2025-09-25', actor: [{ code: 'USA', entity_text: 'USA' }], event: ['AGREE'] };
  const cases: [string, object, boolean][] = [
    ['minimal', ok, true],
    ['event as string', { ...ok, event: 'AGREE' }, false],
    ['no actor list', { ...ok, actor: [] }, false],
    ['month date', { ...ok, date: '2025-09' }, false],
    ['IGO as sector', { ...ok, actor: [{ code: 'IGO', sector: 'IGO', entity_text: 'NATO' }] }, false],
    ['IGO as code', { ...ok, actor: [{ code: 'IGO', entity_text: 'NATO' }] }, true],
    ['AGREE with a mode', { ...ok, mode: ['visit'] }, false],
    ['unknown context', { ...ok, context: ['sports'] }, false],
    ['auxiliary mode in context', { ...ok, context: ['future', 'diplomatic'] }, true],
    ['unknown field', { ...ok, src_actor: 'x' }, false],
  ];
  for (const [name, rec, valid] of cases) assert.equal(validatePloverRecord(rec).length === 0, valid, name);
});

const samplesDir = new URL('../../samples/', import.meta.url);
const seedFile = sharedFile('seed/article.txt');
test('plover export of the samples and the seed validates against the schema (zero violations)', { skip: seedFile ? false : SHARED_MISSING }, () => {
  const inputs = readdirSync(samplesDir).filter((f) => /\.(txt|json)$/.test(f)).map((f) => {
    const raw = readFileSync(new URL(f, samplesDir), 'utf8');
    if (f.endsWith('.json')) {
      const a = JSON.parse(raw) as ArticleIn;
      return { ...a, id: a.id ?? f, lang: a.lang ?? null, date: a.date ?? null };
    }
    return { id: f, text: raw, lang: null, date: null };
  });
  inputs.push({ id: 'seed', text: readFileSync(seedFile as string, 'utf8'), lang: 'de', date: null });
  let records = 0;
  const violations: string[] = [];
  for (const a of inputs) {
    const r = analyze(a as ArticleIn) as Result;
    assert.ok('events' in r, a.id as string);
    for (const rec of ploverRecords(r)) {
      records++;
      for (const v of validatePloverRecord(rec)) violations.push(`${rec.id} ${v}`);
    }
  }
  assert.ok(records >= 40, `records ${records}`);
  assert.deepEqual(violations, []);
});
