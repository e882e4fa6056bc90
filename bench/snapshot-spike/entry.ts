// Spike (2026-12-07, docs/parallel.md "Start-up from a V8 snapshot"): the entry of a startup
// snapshot whose heap holds the loaded extract pipeline, warmed on two self-written articles.
// After deserialisation it answers one JSON task line on stdin with one result line on stdout
// (after a first line "ready"). Built by build.mjs; not part of the product.
import './snap-require.js';
import './intl-lazy.js';
import { getHeapStatistics, startupSnapshot } from 'node:v8';
import { extractResult } from '../../src/parallel/tasks.js';
import type { ArticleIn } from '../../src/contract/schema.js';

const SAMPLES = [
  { lang: 'de', text: 'Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron getroffen. "Wir stehen fest an der Seite der Ukraine", sagte Scholz nach dem Treffen. Die Polizei nahm in Hamburg drei Demonstranten fest. Österreichs Regierung in Wien kritisierte die Entscheidung der EU-Kommission scharf.' },
  { lang: 'en', text: 'Prime Minister Keir Starmer met US President Joe Biden in Washington on Monday. "We will not back down," Starmer told reporters. Police arrested two men in Manchester after protests. The government of Kenya condemned the attack in Nairobi.' },
];
if (process.env.WARM !== '0') for (let i = 0; i < 3; i++) for (const a of SAMPLES) extractResult(a as ArticleIn, 'warm', [], {});

startupSnapshot.setDeserializeMainFunction(() => {
  if (process.env.SNAP_T) process.stderr.write(`main at ${performance.now().toFixed(1)} ms cpu ${JSON.stringify(process.cpuUsage())}\n`);
  process.stdout.write('ready\n');
  let buf = '';
  let n = 0;
  process.stdin.setEncoding('utf8');
  process.stdin.on('end', () => { if (process.env.SNAP_T) process.stderr.write(`end at ${performance.now().toFixed(1)} ms cpu ${JSON.stringify(process.cpuUsage())}\n`); });
  process.stdin.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      const t = JSON.parse(line);
      process.stdout.write(JSON.stringify(extractResult(t.article, t.origin, t.notes, t.opts)) + '\n');
      if (process.env.SNAP_T && n++ < 1) process.stderr.write(`result at ${performance.now().toFixed(1)} ms cpu ${JSON.stringify(process.cpuUsage())}\n`);
    }
  });
});

if (process.env.DROP_MORPH) startupSnapshot.addSerializeCallback(() => (globalThis as unknown as { __snapDrop(): void }).__snapDrop());
if (process.env.SNAP_T) { const h = getHeapStatistics(); process.stderr.write(`build heap used ${h.used_heap_size} external ${h.external_memory}\n`); }
