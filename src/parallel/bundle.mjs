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
// - The pool's worker is built a second time as one CommonJS script (`scripts`, worker.cjs),
//   which worker threads run through vm.Script with a V8 code cache (script-cache.mjs; ES
//   modules cannot take one in Node 20). Its packages are inlined (their code is cached too;
//   franc-min is ES-only and could not be required), except those the sources also `require` at
//   run time (i18n-iso-countries): those stay one instance, as Node's module cache gives them.
//   For an inlined package the bundle records its package.json (a reinstall or upgrade makes the
//   bundle stale), not each of its files.
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
  entries: { cli: 'src/cli/main.ts' },
  /** entries built as one CommonJS script each (`<name>.cjs`, everything but shared packages inlined) */
  scripts: { worker: 'src/parallel/worker-main.ts' },
};
const FORMAT = 2;
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
  if (Object.keys(manifest.outputs).join() !== [...Object.keys(c.entries), ...Object.keys(c.scripts)].join()) return false;
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

/** The packages the sources under `src/` load with `require('…')` at run time (kept external in scripts). */
function requiredPackages(c) {
  const found = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.[cm]?ts$/.test(e.name)) {
        for (const m of readFileSync(join(dir, e.name), 'utf8').matchAll(/\brequire\(\s*['"]([^'"./][^'"]*)['"]/g)) found.add(packageName(m[1]));
      }
    }
  };
  if (existsSync(join(c.root, 'src'))) walk(join(c.root, 'src'));
  return found;
}

/** 'a/b/c' -> 'a', '@s/a/b' -> '@s/a' */
function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Builds a new bundle; returns its manifest. */
async function buildBundle(c) {
  const { build } = esbuild();
  const dir = `b-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const outdir = join(c.cache, dir);
  mkdirSync(outdir, { recursive: true });
  const workerUrl = pathToFileURL(join(outdir, c.scripts.worker ? 'worker.cjs' : 'worker.js')).href;
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
  const common = {
    bundle: true,
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    metafile: true,
    logLevel: 'silent',
    define: { __LAGEBILD_WORKER__: JSON.stringify(workerUrl) },
  };
  const shared = Object.keys(c.scripts).length ? requiredPackages(c) : new Set();
  const sharedExternal = {
    name: 'shared-packages-external',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (a) => {
        if (a.path.startsWith('node:') || shared.has(packageName(a.path))) return { path: a.path, external: true };
        return undefined;
      });
    },
  };
  const results = await Promise.all([
    build({
      ...common,
      entryPoints: Object.fromEntries(Object.entries(c.entries).map(([name, src]) => [name, join(c.root, src)])),
      outdir,
      splitting: true,
      format: 'esm',
      packages: 'external',
      plugins: [metaUrl],
    }),
    ...Object.entries(c.scripts).map(([name, src]) =>
      build({ ...common, entryPoints: [join(c.root, src)], outfile: join(outdir, `${name}.cjs`), format: 'cjs', plugins: [sharedExternal, metaUrl] }),
    ),
  ]);
  const inputs = {};
  for (const file of results.flatMap((r) => Object.keys(r.metafile.inputs))) {
    let path = resolve(process.cwd(), file);
    // an inlined package's files: its package.json stands for them (rewritten by every install)
    const nm = path.lastIndexOf('/node_modules/');
    if (nm >= 0) path = join(path.slice(0, nm), 'node_modules', packageName(path.slice(nm + '/node_modules/'.length)), 'package.json');
    const rel = relative(c.root, path);
    if (inputs[rel]) continue;
    const st = statSync(path);
    inputs[rel] = { size: st.size, mtimeMs: st.mtimeMs, sha1: sha1(path) };
  }
  const outputs = Object.fromEntries([
    ...Object.keys(c.entries).map((name) => [name, `${name}.js`]),
    ...Object.keys(c.scripts).map((name) => [name, `${name}.cjs`]),
  ]);
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
  // tests that name their own entries build no scripts unless they name those too
  const c = { ...DEFAULTS, ...opts, scripts: opts.scripts ?? (opts.entries ? {} : DEFAULTS.scripts) };
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
