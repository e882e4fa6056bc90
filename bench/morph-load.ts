/**
 * Cost of loading the German morphology index (src/lang/de/morph/) in a fresh process: time
 * from before the module's import to the first lookup's answer, and the RSS / V8 heap
 * (heapUsed + external + arrayBuffers) before and after. Runs `--runs` fresh child processes
 * (default 5) and prints the median; compiles the index first if it is missing (that one-off
 * compile, once per install, is reported separately and not counted).
 *
 * Usage: node --import tsx bench/morph-load.ts [--runs N] [--write]
 *
 * `--write` writes bench/results/morph-load.md (only on a quiet machine: the lead's run). The
 * load average at the start is printed with the figures.
 *
 * @example
 * node --import tsx bench/morph-load.ts --runs 5
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');

interface ChildOut { ms: number; rssMb: number; heapMb: number; externalMb: number; forms: number }

const CHILD = `
const mb = (x) => x / 1048576;
const m0 = process.memoryUsage();
const t0 = performance.now();
const { analyse, morphLexicon } = await import(${JSON.stringify(join(ROOT, 'src/lang/de/morph/index.ts'))});
const r = analyse('Regierung');
const ms = performance.now() - t0;
if (!r.length) throw new Error('no reading');
globalThis.gc?.();
const m1 = process.memoryUsage();
const ext = (m) => m.external + m.arrayBuffers;
process.stdout.write(JSON.stringify({ ms, rssMb: mb(m1.rss - m0.rss), heapMb: mb(m1.heapUsed - m0.heapUsed), externalMb: mb(ext(m1) - ext(m0)), forms: morphLexicon().forms }));
`;

function child(): ChildOut {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', CHILD], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`child failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(run.stdout) as ChildOut;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const load = loadavg()[0];
const c0 = performance.now();
const { ensureMorphIndex } = await import('../src/lang/de/morph/lexicon.js');
const file = ensureMorphIndex();
const compileMs = performance.now() - c0;
const outs: ChildOut[] = [];
for (let i = 0; i < runs; i++) outs.push(child());
const row = {
  ms: round(median(outs.map((o) => o.ms))),
  rssMb: round(median(outs.map((o) => o.rssMb))),
  heapMb: round(median(outs.map((o) => o.heapMb))),
  externalMb: round(median(outs.map((o) => o.externalMb))),
};
const lines = [
  '# German morphology index: cold load',
  '',
  `Measured ${new Date().toISOString()} with \`node --import tsx bench/morph-load.ts --runs ${runs}\` on ${cpus()[0]?.model ?? '?'} (${cpus().length} cores; load average ${round(load, 2)} at the start), Node ${process.version}, ${platform()} ${release()}.`,
  '',
  `Index: ${file} (${outs[0].forms.toLocaleString('en')} forms); ensure/compile step in this process: ${round(compileMs)} ms (a compile happens once per install).`,
  '',
  '| what | median of fresh processes | limit |',
  '|---|---:|---:|',
  `| import + first lookup | ${row.ms} ms | 300 ms |`,
  `| RSS delta | ${row.rssMb} MB | 80 MB |`,
  `| V8 heap delta | ${row.heapMb} MB | – |`,
  `| external + array buffers delta | ${row.externalMb} MB | – |`,
  '',
  `Single runs (ms): ${outs.map((o) => round(o.ms)).join(', ')}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (args.includes('--write')) {
  mkdirSync(join(HERE, 'results'), { recursive: true });
  writeFileSync(join(HERE, 'results', 'morph-load.md'), `${lines.join('\n')}\n`);
}
