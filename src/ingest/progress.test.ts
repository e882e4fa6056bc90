import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Progress } from './progress.js';

function sink(isTTY: boolean) {
  const out: string[] = [];
  const stream = { isTTY, write: (s: string) => { out.push(s); return true; } } as unknown as NodeJS.WriteStream;
  return { out, stream };
}

test('progress: one overwritten line on a terminal, throttled; notes on their own line', () => {
  const { out, stream } = sink(true);
  const p = new Progress('ingest', stream, true, 60_000);
  p.update({ done: 10, errors: 1, detail: '9 new, 1 known' });
  p.update({ done: 11, errors: 1 }); // within the interval: skipped
  assert.equal(out.length, 1);
  assert.ok(out[0].startsWith('\r\x1b[K'), 'clears the line first');
  assert.match(out[0].slice(4), /^ingest: 10 articles {2}[\d.]+\/s {2}1 errors {2}\(9 new, 1 known\)$/);
  p.note('file.jsonl:3: bad-json: unexpected end');
  assert.deepEqual(out.slice(1), ['\r\x1b[K', 'file.jsonl:3: bad-json: unexpected end\n']);
  p.update({ done: 12, errors: 1 }, true);
  p.stop();
  assert.equal(out[out.length - 1], '\r\x1b[K');
});

test('progress: silent when not a terminal (piped)', () => {
  const { out, stream } = sink(false);
  const p = new Progress('ingest', stream);
  p.update({ done: 10, errors: 0 }, true);
  p.stop();
  assert.deepEqual(out, []);
  p.note('an error line still comes out');
  assert.deepEqual(out, ['an error line still comes out\n']);
});
