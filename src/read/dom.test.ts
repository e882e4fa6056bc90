import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INDEX = fileURLToPath(new URL('./index.ts', import.meta.url));

// an ES-module resolve hook that reports linkedom (an `import` of it never shows in require.cache)
const HOOK = "export async function resolve(s, c, next) { if (s.includes('linkedom')) process.stderr.write('esm:linkedom\\n'); return next(s, c); }\n";
const REGISTER = "import { register } from 'node:module';\nregister('./hook.mjs', import.meta.url);\n";

/** Reads `file` through readSource in a fresh process; says whether the HTML parser got loaded (by import or require). */
function loadsParser(dir: string, file: string): { loaded: boolean; text: string } {
  const script = `
    import { createRequire } from 'node:module';
    const { readSource } = await import(${JSON.stringify(INDEX)});
    let text = '';
    for await (const item of readSource(${JSON.stringify(file)})) text = 'article' in item ? item.article.text : item.error.code;
    const cache = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify({ required: cache.some((k) => k.includes('/linkedom/')), text }));`;
  const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { required: boolean; text: string };
  return { loaded: out.required || r.stderr.includes('esm:linkedom'), text: out.text };
}

test('the HTML parser loads only when a page is read, not for text input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-dom-'));
  try {
    writeFileSync(join(dir, 'hook.mjs'), HOOK);
    writeFileSync(join(dir, 'register.mjs'), REGISTER);
    writeFileSync(join(dir, 'a.txt'), 'Die Ministerin reiste am Montag nach Paris.');
    writeFileSync(join(dir, 'b.html'), '<html><body><p>Der Minister reiste am Dienstag nach Rom.</p></body></html>');
    assert.deepEqual(loadsParser(dir, join(dir, 'a.txt')), { loaded: false, text: 'Die Ministerin reiste am Montag nach Paris.' });
    assert.deepEqual(loadsParser(dir, join(dir, 'b.html')), { loaded: true, text: 'Der Minister reiste am Dienstag nach Rom.' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
