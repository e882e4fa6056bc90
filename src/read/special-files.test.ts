import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource, type ReadItem } from './index.js';

/** readSource(dir) collected, failing after `ms` instead of hanging. */
async function readAll(dir: string, ms: number): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`still reading after ${ms} ms`)), ms); });
  try {
    await Promise.race([(async () => { for await (const item of readSource(dir)) out.push(item); })(), hang]);
  } finally {
    clearTimeout(timer);
  }
  return out;
}

test('a folder with a FIFO, a socket, a device and symlinks to them: skipped with a reason, no hang (issue 15, item 14)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-special-'));
  const sock = createServer();
  try {
    writeFileSync(join(dir, 'a.txt'), 'Der Minister reiste am Montag nach Wien.');
    writeFileSync(join(dir, 'z.json'), JSON.stringify({ text: 'Die Regierung in Prag beriet am Dienstag.' }));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    symlinkSync(join(dir, 'fifo.txt'), join(dir, 'link-to-fifo.jsonl'));
    symlinkSync(join(dir, 'fifo.txt'), join(dir, 'link-to-fifo.html'));
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    await new Promise<void>((r) => sock.listen(join(dir, 'sock.txt'), r));
    const items = await readAll(dir, 20_000);
    const got = items.map((i) => `${i.origin.slice(dir.length + 1)}: ${'article' in i ? 'article' : `${i.error.code} ${i.error.message.slice(i.origin.length + 2)}`}`);
    assert.deepEqual(got, [
      'a.txt: article',
      'fifo.txt: not-a-file skipped: a FIFO (named pipe), not a regular file',
      'link-to-fifo.html: not-a-file skipped: a FIFO (named pipe), not a regular file',
      'link-to-fifo.jsonl: not-a-file skipped: a FIFO (named pipe), not a regular file',
      'sock.txt: not-a-file skipped: a socket, not a regular file',
      'z.json: article',
      'zero.txt: not-a-file skipped: a character device, not a regular file',
    ]);
  } finally {
    sock.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
