import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryRegistry } from './memory.js';
import { defaultRegistry, loadCorrections, rowToFact } from './starter.js';

function registry(): MemoryRegistry {
  const r = new MemoryRegistry();
  r.seed({ name: 'Anna Berger', aliases: ['A. Berger'], type: 'PER', country: 'AUT', sector: 'GOV', role: 'foreign minister', from: '2020-01-01', to: '2022-12-31' }, 'test');
  r.seed({ name: 'Karl Berger', type: 'PER', country: 'AUT', sector: 'LEG', role: 'member of parliament', from: '2023-01-01' }, 'test');
  r.seed({ name: 'Nordwerk', type: 'ORG', country: 'DEU', sector: 'BUS' }, 'test');
  return r;
}

test('lookup by name, alias and genitive, case-insensitive', () => {
  const r = registry();
  const cases: [string, string | null][] = [
    ['Anna Berger', 'Anna Berger'],
    ['anna berger', 'Anna Berger'],
    ['A. Berger', 'Anna Berger'],
    ['Nordwerks', 'Nordwerk'],
    ['Südwerk', null],
  ];
  for (const [q, want] of cases) assert.equal(r.lookup(q)?.name ?? null, want, q);
});

test('surname lookup prefers whoever is in office on the date', () => {
  const r = registry();
  assert.deepEqual(r.lookupSurname('Berger', { date: '2021-06-01' }).map((e) => e.name), ['Anna Berger']);
  assert.deepEqual(r.lookupSurname('Bergers', { date: '2024-06-01' }).map((e) => e.name), ['Karl Berger']);
  assert.equal(r.lookupSurname('Berger').length, 2);
});

test('learn keeps provenance and does not overwrite; correct does', () => {
  const r = registry();
  const e = r.learn({ name: 'Nordwerk', type: 'ORG', country: 'AUT', role: 'car maker' }, { articleId: 'art-7', span: { start: 10, end: 18 } });
  assert.equal(e.country, 'DEU');
  assert.equal(e.role, 'car maker');
  assert.deepEqual(e.provenance.map((p) => [p.kind, p.articleId]), [['starter', null], ['learned', 'art-7']]);
  assert.deepEqual(e.provenance[1].span, { start: 10, end: 18 });
  const c = r.correct({ name: 'Nordwerk', type: 'ORG', country: 'AUT' }, '/tmp/fix.tsv');
  assert.equal(c.country, 'AUT');
  assert.equal(c.provenance.at(-1)?.kind, 'correction');
});

test('correction files: same columns as the starter registry, empty cells leave fields alone', () => {
  const r = registry();
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-reg-'));
  const file = join(dir, 'fix.tsv');
  writeFileSync(file, '# analyst corrections\nNordwerk\t\tORG\t\tGOV\t\t\t\nNeue Partei\tNP\tORG\tDEU\tPTY\t\t\t\nbroken line\n');
  assert.deepEqual(loadCorrections(r, file), { applied: 2, skipped: 1 });
  assert.equal(r.lookup('Nordwerk')?.sector, 'GOV');
  assert.equal(r.lookup('Nordwerk')?.country, 'DEU');
  assert.equal(r.lookup('NP')?.name, 'Neue Partei');
});

test('rowToFact reads the starter columns', () => {
  assert.deepEqual(rowToFact(['X Y', 'Y|XY', 'PER', 'FRA', 'GOV', 'president', '2017', '']), {
    name: 'X Y', aliases: ['Y', 'XY'], type: 'PER', country: 'FRA', sector: 'GOV', role: 'president', from: '2017', to: null,
  });
  assert.equal(rowToFact(['only a name']), null);
});

test('the starter registry knows heads of government, organisations and companies', () => {
  const r = defaultRegistry();
  const cases: [string, string | null, string | null][] = [
    ['Hegseth', 'USA', 'MIL'],
    ['Xi Jinping', 'CHN', 'GOV'],
    ['NATO', null, 'IGO'],
    ['Huawei', 'CHN', 'BUS'],
    ['Nvidia', 'USA', 'BUS'],
  ];
  for (const [q, country, sector] of cases) {
    const e = r.lookup(q) ?? r.lookupSurname(q)[0];
    assert.ok(e, q);
    assert.equal(e.country, country, q);
    assert.equal(e.sector, sector, q);
  }
});

test('surname lookup: a learned namesake does not make a curated entry ambiguous; two learned ones stay ambiguous', () => {
  const r = new MemoryRegistry();
  r.seed({ name: 'Anna Nordlicht', type: 'PER', country: 'AUT', sector: 'GOV', role: 'chancellor' }, 'test');
  r.learn({ name: 'Paul Nordlicht', type: 'PER', country: 'DEU', sector: 'BUS' }, { articleId: 'a1', span: { start: 0, end: 14 } });
  r.learn({ name: 'Eva Südlicht', type: 'PER', country: 'DEU', sector: 'GOV' }, { articleId: 'a2', span: null });
  r.learn({ name: 'Tom Südlicht', type: 'PER', country: 'CHE', sector: 'GOV' }, { articleId: 'a3', span: null });
  const cases: [string, string[]][] = [
    ['Nordlicht', ['Anna Nordlicht']],
    ['Südlicht', ['Eva Südlicht', 'Tom Südlicht']],
  ];
  for (const [q, want] of cases) assert.deepEqual(r.lookupSurname(q).map((e) => e.name), want, q);
});
