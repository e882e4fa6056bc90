import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePort } from './serve.js';
import { CliError } from './errors.js';

const BIN = fileURLToPath(new URL('../../bin/lagebild', import.meta.url));

test('--port accepts 0..65535 and refuses anything else with a CliError', () => {
  const cases: [string | undefined, number | null][] = [
    [undefined, 8080], ['0', 0], ['9000', 9000], ['65535', 65535], ['65536', null], ['abc', null], ['-1', null], ['80.5', null],
  ];
  for (const [input, expected] of cases) {
    if (expected === null) assert.throws(() => parsePort(input, 8080), CliError, String(input));
    else assert.equal(parsePort(input, 8080), expected);
  }
});

test('lagebild serve prints a URL that answers, and stops cleanly on SIGTERM', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-serve-'));
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'serve.db'), '--port', '0', '--no-build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    assert.equal(out, `${url}\n`);
    const stats = (await (await fetch(new URL('/api/stats', url))).json()) as { store: string; articles: number; writeNeedsToken: boolean };
    assert.deepEqual([stats.store, stats.articles, stats.writeNeedsToken], ['sqlite', 0, false]);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
