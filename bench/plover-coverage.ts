/**
 * PLOVER coverage on the corpora (../shared/eval/corpora, German and English): how many of the
 * manual's 67 type/mode pairs and 37 contexts the engine's events reach (targets: at least 40 pairs
 * and 20 contexts), per corpus and together. Writes bench/results/plover-coverage.md and .json.
 *
 * Usage: node --import tsx bench/plover-coverage.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plover } from '../src/plover/index.js';
import { SHARED_MISSING } from '../src/testing/shared.js';
import { forEachCorpusResult } from './corpus-events.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

interface Tally { articles: number; events: number; pairs: Map<string, number>; contexts: Map<string, number>; types: Map<string, number> }
const tally = (): Tally => ({ articles: 0, events: 0, pairs: new Map(), contexts: new Map(), types: new Map() });
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

function main(): void {
  const v = plover();
  const per = new Map<string, Tally>();
  const all = tally();
  const files = forEachCorpusResult((corpus, r) => {
    const t = per.get(corpus) ?? tally();
    per.set(corpus, t);
    for (const x of [t, all]) x.articles++;
    for (const e of r.events) {
      for (const x of [t, all]) {
        x.events++;
        bump(x.types, e.type);
        if (e.mode && v.hasMode(e.type, e.mode)) bump(x.pairs, `${e.type}/${e.mode}`);
        for (const c of e.context) if (v.contexts.includes(c)) bump(x.contexts, c);
      }
    }
  });
  if (!files) { console.log(SHARED_MISSING); return; }
  const row = (name: string, t: Tally) => `| ${name} | ${t.articles} | ${t.events} | ${t.pairs.size} | ${t.contexts.size} | ${t.types.size} |`;
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  const allPairs = [...v.modes.entries()].flatMap(([t, ms]) => ms.map((m) => `${t}/${m}`));
  const md = [
    '# PLOVER coverage on the corpora', '',
    `Measured ${new Date().toISOString()} with \`node --import tsx bench/plover-coverage.ts\` over ../shared/eval/corpora (${files.join(', ')}).`,
    'Pairs: distinct type/mode pairs of the manual (67 exist); contexts: distinct contexts of the manual (37 exist). Targets: >= 40 pairs, >= 20 contexts.', '',
    '| corpus | articles | events | type/mode pairs | contexts | types |', '|---|---:|---:|---:|---:|---:|',
    ...[...per.entries()].map(([k, t]) => row(k, t)), row('**all**', all), '',
    `Pairs reached: ${sorted(all.pairs)}.`, '',
    `Pairs not reached: ${allPairs.filter((p) => !all.pairs.has(p)).join(', ') || 'none'}.`, '',
    `Contexts reached: ${sorted(all.contexts)}.`, '',
    `Contexts not reached: ${v.contexts.filter((c) => !all.contexts.has(c)).join(', ') || 'none'}.`, '',
    `Types: ${sorted(all.types)}.`, '',
  ].join('\n');
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'plover-coverage.md'), md);
  writeFileSync(join(OUT_DIR, 'plover-coverage.json'), `${JSON.stringify({
    measured: new Date().toISOString(), command: 'node --import tsx bench/plover-coverage.ts',
    all: { articles: all.articles, events: all.events, pairs: Object.fromEntries(all.pairs), contexts: Object.fromEntries(all.contexts) },
    perCorpus: Object.fromEntries([...per.entries()].map(([k, t]) => [k, { articles: t.articles, events: t.events, pairs: t.pairs.size, contexts: t.contexts.size }])),
  }, null, 2)}\n`);
  console.log(md);
}

main();
