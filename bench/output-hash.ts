/**
 * Output fingerprint of the whole pipeline: one SHA-256 per article over the JSON result of
 * `analyze()` for the seed, samples/ and the three corpora in ../shared/eval/corpora. A refactor
 * that must keep every output byte-identical writes a fingerprint before and after and compares.
 * Skips (exit 0) the corpora when ../shared is absent.
 *
 * Usage:
 *   node --import tsx bench/output-hash.ts --write /tmp/before.tsv
 *   node --import tsx bench/output-hash.ts --compare /tmp/before.tsv   # lists changed articles
 *   node --import tsx bench/output-hash.ts --write F --only seed,samples   # quick subset
 *
 * @example
 * node --import tsx bench/output-hash.ts --write /tmp/a.tsv && node --import tsx bench/output-hash.ts --compare /tmp/a.tsv
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleIn } from '../src/contract/schema.js';
import { analyze } from '../src/pipeline/analyze.js';
import { sharedFile } from '../src/testing/shared.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (n: string): string | undefined => {
  const i = process.argv.indexOf(n);
  return i > 0 ? process.argv[i + 1] : undefined;
};

function sets(only: Set<string> | null): [string, ArticleIn[]][] {
  const out: [string, ArticleIn[]][] = [];
  const want = (n: string) => !only || only.has(n);
  const seed = sharedFile('seed/article.txt');
  if (seed && want('seed')) out.push(['seed', [{ id: 'seed', text: readFileSync(seed, 'utf8') }]]);
  if (want('samples')) {
    const dir = join(ROOT, 'samples');
    const arts: ArticleIn[] = [];
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (f.endsWith('.txt')) arts.push({ id: f, text: readFileSync(p, 'utf8') });
      else if (f.endsWith('.json')) arts.push({ id: f, ...(JSON.parse(readFileSync(p, 'utf8')) as ArticleIn) });
    }
    out.push(['samples', arts]);
  }
  for (const c of ['de-10kgnad', 'de-wikinews', 'en-bbc']) {
    if (!want(c)) continue;
    const p = sharedFile(`eval/corpora/${c}.jsonl`);
    if (!p || !existsSync(p)) { console.log(`output-hash: ${c} skipped (../shared absent)`); continue; }
    out.push([c, readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ArticleIn)]);
  }
  return out;
}

const onlyArg = arg('--only');
const lines: string[] = [];
for (const [name, arts] of sets(onlyArg ? new Set(onlyArg.split(',')) : null)) {
  arts.forEach((a, i) => {
    const r = analyze({ ...a, date: a.date ?? '2025-09-25' });
    lines.push(`${name}\t${i}\t${a.id ?? ''}\t${createHash('sha256').update(JSON.stringify(r)).digest('hex').slice(0, 20)}`);
  });
}
const write = arg('--write');
const compare = arg('--compare');
if (write) { writeFileSync(write, lines.join('\n') + '\n'); console.log(`output-hash: ${lines.length} articles written to ${write}`); }
if (compare) {
  const before = new Map(readFileSync(compare, 'utf8').split('\n').filter(Boolean).map((l) => {
    const c = l.split('\t');
    return [`${c[0]}\t${c[1]}`, l] as const;
  }));
  let changed = 0;
  for (const l of lines) {
    const c = l.split('\t');
    const b = before.get(`${c[0]}\t${c[1]}`);
    if (b !== l) { changed++; if (changed <= 30) console.log(`changed: ${c[0]} #${c[1]} ${c[2]}`); }
  }
  console.log(`output-hash: ${lines.length} articles, ${changed} changed`);
  process.exitCode = changed ? 1 : 0;
}
