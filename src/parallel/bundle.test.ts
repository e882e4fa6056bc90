/**
 * The CLI's pre-built bundle (src/parallel/bundle.mjs): built once, reused while the sources are
 * unchanged, rebuilt after a source changes, and every module keeps its source's import.meta.url.
 * A tiny project in a temporary directory stands in for the repository.
 *
 * node --import tsx --test src/parallel/bundle.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error: a plain JavaScript module without types
import { freshBundle } from './bundle.mjs';

type Bundle = Record<string, URL> | null;
const bundleOf = freshBundle as (opts?: object) => Promise<Bundle>;

test('bundle: reused while unchanged, rebuilt after an edit, import.meta.url of the source', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lagebild-bundle-'));
  try {
    mkdirSync(join(root, 'src', 'deep'), { recursive: true });
    writeFileSync(join(root, 'src', 'main.ts'), "import { where, word } from './deep/b.ts';\nexport const answer: string = `${word}@${where}`;\n");
    const b = join(root, 'src', 'deep', 'b.ts');
    writeFileSync(b, "export const word: string = 'eins';\nexport const where = import.meta.url;\n");
    const opts = { root, cache: join(root, 'cache'), entries: { cli: 'src/main.ts' } };

    const first = await bundleOf(opts);
    assert.ok(first, 'a bundle was built');
    const m1 = await import(first.cli.href);
    assert.equal(m1.answer, `eins@${pathToFileURL(b).href}`);

    const again = await bundleOf(opts);
    assert.equal(again?.cli.href, first.cli.href, 'unchanged sources: the same build');
    // a touched but unchanged file (git checkout): same content, so still the same build
    utimesSync(b, new Date(), new Date(Date.now() + 5000));
    assert.equal((await bundleOf(opts))?.cli.href, first.cli.href);

    writeFileSync(b, "export const word: string = 'zwei';\nexport const where = import.meta.url;\n");
    const edited = await bundleOf(opts);
    assert.notEqual(edited?.cli.href, first.cli.href, 'an edited source: a new build');
    assert.equal((await import(edited!.cli.href)).answer, `zwei@${pathToFileURL(b).href}`);
    assert.equal(readdirSync(opts.cache).filter((n) => n.startsWith('b-')).length, 2);

    writeFileSync(join(root, 'src', 'main.ts'), 'export const answer: number = ;\n');
    assert.equal(await bundleOf(opts), null, 'a source that does not compile: no bundle (the CLI falls back to tsx)');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('bundle: a script entry is one CommonJS file, its packages inlined but those the sources require at run time; a package reinstall makes it stale', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lagebild-bundle-'));
  try {
    mkdirSync(join(root, 'src'), { recursive: true });
    const pkg = (name: string, body: string) => {
      mkdirSync(join(root, 'node_modules', name), { recursive: true });
      writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: '1.0.0', type: 'module', main: 'index.js' }));
      writeFileSync(join(root, 'node_modules', name, 'index.js'), body);
    };
    pkg('inlined-pkg', "export const inlined = 'inl';\n");
    pkg('shared-pkg', "export const shared = 'sh';\n");
    writeFileSync(
      join(root, 'src', 'w.ts'),
      "import { inlined } from 'inlined-pkg';\nimport { shared } from 'shared-pkg';\nexport const all = [inlined, shared, import.meta.url].join();\n",
    );
    // another source loads shared-pkg at run time: the script must share Node's instance of it
    writeFileSync(join(root, 'src', 'other.ts'), "const s = require('shared-pkg');\nexport default s;\n");
    const opts = { root, cache: join(root, 'cache'), entries: {}, scripts: { w: 'src/w.ts' } };
    const b = await bundleOf(opts);
    assert.ok(b, 'built');
    assert.ok(b.w.href.endsWith('/w.cjs'));
    const code = readFileSync(b.w, 'utf8');
    assert.match(code, /require\("shared-pkg"\)/, 'shared-pkg stays external');
    assert.doesNotMatch(code, /require\("inlined-pkg"\)/);
    assert.match(code, /'inl'|"inl"/, 'inlined-pkg is inside');
    assert.match(code, new RegExp(pathToFileURL(join(root, 'src', 'w.ts')).href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'import.meta.url of the source');
    assert.equal((await bundleOf(opts))?.w.href, b.w.href, 'unchanged: the same build');
    // a reinstall or upgrade of an inlined package rewrites its package.json
    writeFileSync(join(root, 'node_modules', 'inlined-pkg', 'package.json'), JSON.stringify({ name: 'inlined-pkg', version: '1.0.1', type: 'module', main: 'index.js' }));
    writeFileSync(join(root, 'node_modules', 'inlined-pkg', 'index.js'), "export const inlined = 'neu';\n");
    const after = await bundleOf(opts);
    assert.notEqual(after?.w.href, b.w.href, 'a new build');
    assert.match(readFileSync(after!.w, 'utf8'), /'neu'|"neu"/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('bundle: LAGEBILD_BUNDLE=0 turns it off', async () => {
  const saved = process.env.LAGEBILD_BUNDLE;
  process.env.LAGEBILD_BUNDLE = '0';
  try {
    assert.equal(await bundleOf({ cache: join(tmpdir(), 'lagebild-bundle-never') }), null);
  } finally {
    if (saved === undefined) delete process.env.LAGEBILD_BUNDLE;
    else process.env.LAGEBILD_BUNDLE = saved;
  }
});
