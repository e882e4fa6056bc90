import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateFile, readGold } from './quotes.js';
import { CliError } from '../cli/errors.js';
import { sharedFile, SHARED_MISSING } from '../testing/shared.js';

// A tiny gold file in the JSONL layout of ../shared/eval/README.md, with sentences written for this test.
const TEXT = 'Die Lage sei ernst, sagte der Bürgermeister. Die Brücke wurde im Mai eröffnet.';
const span = (s: string): [number, number] => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];

function goldFile(quotes: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-quotes-'));
  const path = join(dir, 'gold.jsonl');
  writeFileSync(path, `${JSON.stringify({ id: 'x1', lang: 'de', date: null, title: null, text: TEXT, quotes })}\n`);
  return path;
}

test('eval quotes: JSONL gold is read and scored by the contract rules', () => {
  const path = goldFile([
    { type: 'indirect', medium: null, quote: [span('Die Lage sei ernst')], cue: [span('sagte')], speaker: [span('der Bürgermeister')], addressee: [] },
  ]);
  const [article] = readGold(path);
  assert.equal(article.gold.length, 1);
  const { score } = evaluateFile(path);
  assert.equal(score.gold, 1);
  assert.equal(score.matched, 1);
  assert.equal(score.precision, 1);
  assert.equal(score.speakerAccuracy, 1);
  assert.deepEqual(score.byType.indirect, { gold: 1, matched: 1, recall: 1 });
});

test('eval quotes: a gold quote the engine misses lowers recall, not precision', () => {
  const path = goldFile([
    { type: 'indirect', medium: null, quote: [span('Die Lage sei ernst')], cue: [], speaker: [], addressee: [] },
    { type: 'reported', medium: null, quote: [span('Die Brücke wurde im Mai eröffnet')], cue: [], speaker: [], addressee: [] },
  ]);
  const { score } = evaluateFile(path);
  assert.equal(score.recall, 0.5);
  assert.equal(score.precision, 1);
  assert.equal(score.speakerGold, 0);
});

test('eval quotes: a file that is not quote gold is one clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-quotes-'));
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"text": "x"}\n');
  assert.throws(() => readGold(bad), CliError);
  const notJson = join(dir, 'bad.json');
  writeFileSync(notJson, '{');
  assert.throws(() => readGold(notJson), CliError);
});

const seed = sharedFile('seed/gold.json');
test('eval quotes: seed name gold finds its article and scores speakers by actor name', { skip: seed ? false : SHARED_MISSING }, () => {
  const [article] = readGold(seed as string);
  assert.ok(article.text.length > 1000);
  assert.ok(article.gold.every((g) => g.spans.length === 1 && g.spans[0][1] > g.spans[0][0]));
  assert.ok(article.gold.some((g) => (g.speakerNames ?? []).length > 1), 'aliases from the gold actors');
});
