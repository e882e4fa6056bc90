import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile, SHARED_MISSING } from '../testing/shared.js';
import { evaluateArticle, evaluateArticleLines, evaluateSentences, isArticleLines } from './events.js';

const seedGold = sharedFile('seed/gold.json');

test('seed article: events reach the acceptance figures', { skip: seedGold ? false : SHARED_MISSING }, () => {
  const gold = JSON.parse(readFileSync(seedGold as string, 'utf8'));
  const { score } = evaluateArticle(seedGold as string, gold);
  assert.ok(score.recall >= 0.9, `recall ${score.recall} (missed ${score.missed.join(', ')})`);
  assert.ok(score.precision >= 0.8, `precision ${score.precision} (false positives ${score.falsePositives.join(', ')})`);
  assert.ok(score.dateAccuracy >= 0.8, `date accuracy ${score.dateAccuracy}`);
  assert.ok(score.statusAccuracy >= 0.8, `status accuracy ${score.statusAccuracy}`);
});

test('seed article: every required actor with name or alias, type, country and an accepted sector', { skip: seedGold ? false : SHARED_MISSING }, () => {
  const gold = JSON.parse(readFileSync(seedGold as string, 'utf8'));
  const { doc } = evaluateArticle(seedGold as string, gold);
  for (const g of gold.actors as { name: string; aliases: string[]; type: string; country: string | null; sector: string[]; required: boolean }[]) {
    if (!g.required) continue;
    const names = new Set([g.name, ...g.aliases].map((n) => n.toLowerCase()));
    const a = doc.actors.find((x) => names.has(x.name.toLowerCase()) && x.type === g.type);
    assert.ok(a, `actor ${g.name} (${g.type}) not found`);
    assert.equal(a.country, g.country, `${g.name}: country`);
    // an empty sector list in the gold does not constrain the sector
    if (g.sector.length) assert.ok(a.sector && g.sector.includes(a.sector), `${g.name}: sector ${a.sector} not in ${g.sector}`);
  }
});

test('single-sentence format: a sentence is right when source, target and type match', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ev-'));
  const file = join(dir, 'gold.jsonl');
  const s1 = 'Canada accused China of cyber attacks.';
  const s2 = 'Peru praised Chile for its help.';
  const rows = [
    { id: 'x1', lang: 'en', text: s1, source: { text: 'Canada', start: 0, end: 6 }, target: { text: 'China', start: 16, end: 21 }, type: 'ACCUSE' },
    { id: 'x2', lang: 'en', text: s2, sources: [{ text: 'Peru', start: 0, end: 4 }], targets: [{ text: 'Chile', start: 12, end: 17 }], type: 'SUPPORT' },
    { id: 'x3', lang: 'en', text: s2, source: { text: 'Peru', start: 0, end: 4 }, target: { text: 'Chile', start: 12, end: 17 }, type: 'REJECT' },
  ];
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  const { score } = evaluateSentences(file);
  assert.equal(score.sentences, 3);
  assert.equal(score.right, 2);
  assert.equal(score.perType.REJECT.recall, 0);
  assert.equal(score.perType.ACCUSE.f1, 1);
});

test('article-lines format: totals over articles, even/odd halves, recall per type', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ev-'));
  const file = join(dir, 'articles.jsonl');
  const ev = (id: string, type: string, required: boolean) => ({ id, type: [type], mode: null, source: 'FRA', target: 'DEU', date: null, status: 'asserted', required });
  const rows = [
    { id: 'a0', lang: 'de', date: '2024-05-03', text: 'Der Wetterdienst meldet Regen.', events: [ev('e1', 'ACCUSE', true), ev('e2', 'SUPPORT', false)] },
    { id: 'a1', lang: 'de', date: '2024-05-03', text: 'Die Bahn fährt pünktlich.', events: [ev('e1', 'PROTEST', true), ev('e2', 'PROTEST', true)] },
  ];
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  assert.equal(isArticleLines(file), true);
  const all = evaluateArticleLines(file).score;
  assert.equal(all.articles, 2);
  assert.equal(all.required, 3);
  assert.equal(all.requiredFound, 0);
  assert.deepEqual(Object.keys(all.perType), ['ACCUSE', 'PROTEST']);
  assert.equal(all.perType.PROTEST.required, 2);
  assert.equal(evaluateArticleLines(file, 'even').score.required, 1);
  assert.equal(evaluateArticleLines(file, 'odd').score.required, 2);
});
