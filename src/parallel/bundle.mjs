// The CLI's pre-built JavaScript (docs/parallel.md, "Start-up"): the TypeScript sources of the
// command line and of the analysis worker bundled by esbuild (tsx's own dependency) into
// node_modules/.cache/lagebild/, so that `bin/lagebild` and every pool worker import plain
// JavaScript instead of registering tsx and transpiling ~220 modules one by one.
//
// - Always correct after editing sources: the bundle records every input file (esbuild's
//   metafile) with its size, mtime and SHA-1; a changed input (checked by size/mtime, then by
//   content) makes the bundle stale and it is rebuilt (about half a second) before use.
// - Paths stay the sources' own: each module's `import.meta.url` is replaced by its source file's
//   URL, so lexicons, migrations, samples and `createRequire` resolve exactly as under tsx.
//   Packages stay external (resolved from the repository's node_modules at run time).
// - Any problem (no esbuild, read-only node_modules, a build error) returns null: the caller
//   falls back to tsx. LAGEBILD_BUNDLE=0 forces that fallback; LAGEBILD_DEBUG=1 says why.
// - Builds never replace a directory in use: each goes to a new directory, `current.json`
//   names the newest (written atomically); a build is removed only when three newer ones exist and
//   it is more than an hour old.
//
// Usage: node src/parallel/bundle.mjs   (builds if stale; `npm run build:cli`, and `prepare`)
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** the repository, its cache directory and the bundle's entry points (tests pass their own) */
const DEFAULTS = {
  root: ROOT,
  cache: join(ROOT, 'node_modules', '.cache', 'lagebild'),
  entries: { cli: 'src/cli/main.ts', worker: 'src/parallel/worker-main.ts' },
};
const FORMAT = 1;
/** this file: its options shape the bundle, so a change of it makes every bundle stale */
const BUILDER = fileURLToPath(import.meta.url);
const KEEP = 3;

function debug(msg) {
  if (process.env.LAGEBILD_DEBUG) process.stderr.write(`lagebild bundle: ${msg}\n`);
}

function sha1(path) {
  return createHash('sha1').update(readFileSync(path)).digest('hex');
}

/** True when every recorded input is unchanged. */
function fresh(c, manifest) {
  if (manifest?.format !== FORMAT || manifest.root !== c.root || manifest.node !== process.versions.node) return false;
  if (manifest.builder !== sha1(BUILDER)) return false;
  if (Object.keys(manifest.outputs).join() !== Object.keys(c.entries).join()) return false;
  for (const [rel, rec] of Object.entries(manifest.inputs)) {
    const path = join(c.root, rel);
    let st;
    try {
      st = statSync(path);
    } catch {
      return false;
    }
    if (st.size === rec.size && st.mtimeMs === rec.mtimeMs) continue;
    if (st.size !== rec.size || sha1(path) !== rec.sha1) {
      debug(`stale: ${rel} changed`);
      return false;
    }
  }
  for (const out of Object.values(manifest.outputs)) if (!existsSync(join(c.cache, manifest.dir, out))) return false;
  return true;
}

function readManifest(c) {
  try {
    return JSON.parse(readFileSync(join(c.cache, 'current.json'), 'utf8'));
  } catch {
    return null;
  }
}

function urls(c, manifest) {
  const dir = join(c.cache, manifest.dir);
  return Object.fromEntries(Object.entries(manifest.outputs).map(([name, file]) => [name, pathToFileURL(join(dir, file))]));
}

/** Loads esbuild: a dependency of tsx (not necessarily hoisted next to us). */
function esbuild() {
  const req = createRequire(join(ROOT, 'package.json'));
  try {
    return req('esbuild');
  } catch {
    return createRequire(req.resolve('tsx'))('esbuild');
  }
}

/** Builds a new bundle; returns its manifest. */
async function buildBundle(c) {
  const { build } = esbuild();
  const dir = `b-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const outdir = join(c.cache, dir);
  mkdirSync(outdir, { recursive: true });
  const workerUrl = pathToFileURL(join(outdir, 'worker.js')).href;
  const metaUrl = {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?ts$/ }, (a) => {
        let contents = readFileSync(a.path, 'utf8');
        if (contents.includes('import.meta.url')) contents = contents.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href));
        return { contents, loader: 'ts' };
      });
    },
  };
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(c.entries).map(([name, src]) => [name, join(c.root, src)])),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    define: { __LAGEBILD_WORKER__: JSON.stringify(workerUrl) },
    plugins: [metaUrl],
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const path = resolve(process.cwd(), file);
    const st = statSync(path);
    inputs[relative(c.root, path)] = { size: st.size, mtimeMs: st.mtimeMs, sha1: sha1(path) };
  }
  const outputs = Object.fromEntries(Object.keys(c.entries).map((name) => [name, `${name}.js`]));
  const manifest = { format: FORMAT, root: c.root, node: process.versions.node, builder: sha1(BUILDER), dir, outputs, inputs };
  const current = join(c.cache, 'current.json');
  const tmp = `${current}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, current);
  prune(c, dir);
  return manifest;
}

/**
 * Removes old builds: all but the newest KEEP, and of those only the ones older than an hour (a
 * running process may still import a chunk of its build; many processes may build at once).
 */
function prune(c, keep) {
  const now = Date.now();
  const builds = readdirSync(c.cache)
    .filter((n) => n.startsWith('b-') && n !== keep)
    .map((n) => ({ n, t: statSync(join(c.cache, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const old of builds.slice(KEEP - 1)) {
    if (now - old.t > 3600_000) rmSync(join(c.cache, old.n), { recursive: true, force: true });
  }
}

/**
 * The URLs of a fresh bundle's entries (`{ cli, worker }`; built now if missing or stale), or
 * null when it cannot be had (the caller then uses tsx). `opts` ({ root, cache, entries }) is for tests.
 */
export async function freshBundle(opts = {}) {
  if (process.env.LAGEBILD_BUNDLE === '0') return null;
  const c = { ...DEFAULTS, ...opts };
  try {
    let manifest = readManifest(c);
    if (!fresh(c, manifest)) {
      debug('building');
      manifest = await buildBundle(c);
    }
    return urls(c, manifest);
  } catch (err) {
    debug(`not used: ${err?.message ?? err}`);
    return null;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const b = await freshBundle();
  process.stdout.write(b ? `lagebild bundle: ${fileURLToPath(b.cli)}\n` : 'lagebild bundle: not built (the CLI uses tsx)\n');
}
