/**
 * Speed of the WHOLE pipeline (all stages: header → … → events → score) in articles per second on
 * ONE core (this single process) on ../shared/eval/corpora/de-10kgnad.jsonl, with the CPU time
 * per stage. Writes bench/results/pipeline-speed.json and .md. Skips (exit 0) when ../shared is absent.
 *
 * Usage: node --import tsx bench/pipeline-speed.ts [--limit N] [--corpus de-10kgnad|en-bbc|de-wikinews]
 *
 * Figures come from CPU time (process.cpuUsage, user + system) and wall time: the machine is
 * shared, and CPU time is the fairer per-core figure under load. Articles without a date get
 * 2025-09-25 so that the date stages do their full work.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../src/pipeline/doc.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { STAGES } from '../src/pipeline/registry.js';
import { sharedFile, SHARED_MISSING } from '../src/testing/shared.js';

interface Article { id: string; lang: 'de' | 'en'; date: string | null; text: string }

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function docOf(a: Article): Doc {
  return createDoc({ id: a.id, text: a.text, lang: a.lang, date: a.date ?? '2025-09-25' });
}

function main(): void {
  const corpus = arg('--corpus') ?? 'de-10kgnad';
  const limit = Number(arg('--limit') ?? Infinity);
  const path = sharedFile(`eval/corpora/${corpus}.jsonl`);
  if (!path) { console.log(SHARED_MISSING); return; }
  const arts = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as Article);
  const pipeline = createPipeline();
  const c0 = performance.now();
  pipeline.run(docOf(arts[0]));
  const coldMs = round(performance.now() - c0);
  for (const a of arts.slice(0, 100)) pipeline.run(docOf(a));
  // measured pass: the pipeline as a whole
  const cpu0 = process.cpuUsage();
  const w0 = performance.now();
  let events = 0;
  for (const a of arts) events += pipeline.run(docOf(a)).events.length;
  const wallMs = performance.now() - w0;
  const cu = process.cpuUsage(cpu0);
  const cpuMs = (cu.user + cu.system) / 1000;
  // second pass: stage by stage
  const per: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s.name, 0]));
  for (const a of arts) {
    const doc = docOf(a);
    for (const s of STAGES) {
      const t = process.cpuUsage();
      try { s.run(doc); } catch { /* the pipeline turns this into a diagnostic; the bench only times it */ }
      const d = process.cpuUsage(t);
      per[s.name] += (d.user + d.system) / 1000;
    }
  }
  for (const k of Object.keys(per)) per[k] = round(per[k] / arts.length, 3);
  const n = arts.length;
  const result = {
    measured: new Date().toISOString(),
    command: `node --import tsx bench/pipeline-speed.ts${limit < Infinity ? ` --limit ${limit}` : ''}${corpus !== 'de-10kgnad' ? ` --corpus ${corpus}` : ''}`,
    machine: { cpu: cpus()[0]?.model ?? '?', cores: cpus().length, loadavg: loadavg().map((x) => round(x, 2)), node: process.version, os: `${platform()} ${release()}` },
    corpus, articles: n, meanChars: Math.round(arts.reduce((s, a) => s + a.text.length, 0) / n), coldStartMs: coldMs,
    perSecCpu: round((n / cpuMs) * 1000), perSecWall: round((n / wallMs) * 1000), msPerArticleCpu: round(cpuMs / n, 3),
    eventsPerArticle: round(events / n, 2), stageMsPerArticle: per,
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'pipeline-speed.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    '# Whole pipeline speed', '',
    `Measured ${result.measured} with \`${result.command}\` on ${result.machine.cpu} (${result.machine.cores} cores, shared with other engineers' jobs; load average ${result.machine.loadavg.join(' / ')}), Node ${result.machine.node}.`,
    'One process, one core. CPU-time figures (user+system) are the per-core throughput; wall-time figures depend on the load of the shared machine.', '',
    '| corpus | articles | mean chars | articles/s (CPU) | articles/s (wall) | ms/article (CPU) | events/article |',
    '|---|---:|---:|---:|---:|---:|---:|',
    `| ${corpus} | ${n} | ${result.meanChars} | ${result.perSecCpu} | ${result.perSecWall} | ${result.msPerArticleCpu} | ${result.eventsPerArticle} |`, '',
    'Mean CPU milliseconds per article and stage (second pass, stage by stage):', '',
    `| ${Object.keys(per).join(' | ')} | cold start (first article) ms |`,
    `|${Object.keys(per).map(() => '---:').join('|')}|---:|`,
    `| ${Object.values(per).join(' | ')} | ${coldMs} |`, '',
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'pipeline-speed.md'), md);
}

main();
