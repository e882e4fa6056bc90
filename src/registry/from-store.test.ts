import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RegistryFactRow } from '../store/registry-facts.js';
import { applyStoredFact } from './from-store.js';
import { MemoryRegistry } from './memory.js';

let next = 1;
function row(f: Partial<RegistryFactRow> & Pick<RegistryFactRow, 'name' | 'source'>): RegistryFactRow {
  return {
    id: next++, aliases: [], type: 'PER', country: null, sector: null, role: null,
    articleId: null, articleDate: null, span: null, evidence: null, createdAt: '2026-01-01T00:00:00.000Z', ...f,
  };
}

test('precedence: analyst beats learned in either order; learned never overwrites starter; null never erases', () => {
  const cases: [string, RegistryFactRow[], [string | null, string | null, string | null]][] = [
    ['learned then analyst', [
      row({ name: 'Jane Example', source: 'learned', country: 'USA', role: 'foreign minister', articleId: 'a1', span: { start: 0, end: 5 } }),
      row({ name: 'Jane Example', source: 'analyst', country: 'CAN' }),
    ], ['CAN', null, 'foreign minister']],
    ['analyst then learned', [
      row({ name: 'Jane Example', source: 'analyst', country: 'CAN' }),
      row({ name: 'Jane Example', source: 'learned', country: 'USA', sector: 'GOV', articleId: 'a1', span: { start: 0, end: 5 } }),
    ], ['CAN', 'GOV', null]],
    ['starter then learned', [
      row({ name: 'Jane Example', source: 'starter', country: 'GBR', role: 'envoy' }),
      row({ name: 'Jane Example', source: 'learned', country: 'USA', role: 'foreign minister', articleId: 'a1', span: { start: 0, end: 5 } }),
    ], ['GBR', null, 'envoy']],
  ];
  for (const [label, rows, [country, sector, role]] of cases) {
    const reg = new MemoryRegistry();
    for (const r of rows) applyStoredFact(reg, r);
    const e = reg.lookup('Jane Example');
    assert.deepEqual([e?.country, e?.sector, e?.role], [country, sector, role], label);
    assert.equal(reg.entries().length, 1, label);
  }
});

test('a learned fact keeps its article and span; the surname finds it', () => {
  const reg = new MemoryRegistry();
  applyStoredFact(reg, row({ name: 'Jane Example', source: 'learned', country: 'USA', articleId: 'a1', span: { start: 3, end: 21 } }));
  const [e] = reg.lookupSurname('Example');
  assert.deepEqual(e.provenance, [{ kind: 'learned', articleId: 'a1', span: { start: 3, end: 21 } }]);
});

test('a stored learned fact keeps the date of its article in the provenance', () => {
  const reg = new MemoryRegistry();
  const e = applyStoredFact(reg, row({ name: 'Jane Example', source: 'learned', country: 'USA', articleId: 'a1', articleDate: '2025-03-03', span: { start: 0, end: 5 } }));
  assert.deepEqual(e.provenance.map((p) => [p.kind, p.articleId, p.articleDate ?? null]), [['learned', 'a1', '2025-03-03']]);
  const old = applyStoredFact(reg, row({ name: 'Max Example', source: 'learned', country: 'USA', articleId: 'a0' }));
  assert.equal(old.provenance[0].articleDate ?? null, null, 'facts stored before migration 005 have no date');
});
