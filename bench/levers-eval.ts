/**
 * Lever figures (issue 16, docs/levers.md): the team's gold passages (bench/levers/heldout.jsonl,
 * written first and never tuned on; bench/levers/dev.jsonl, the set the rules were developed on)
 * scored by `lagebild eval levers` rules (src/levers/eval-score.ts), and the seed article's five
 * levers (../shared/seed/article.txt; that part is skipped with a message when ../shared is absent).
 * Writes bench/results/levers.json and levers.md (seed levers by offsets: no text of ../shared is
 * written into the repository). Accuracy only: no speed figures.
 *
 * Usage: node --import tsx bench/levers-eval.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../src/contract/schema.js';
import { errorLines, evaluateLevers, type LeverEval } from '../src/eval/levers.js';
import type { LeverScore } from '../src/levers/eval-score.js';
import { analyze } from '../src/pipeline/analyze.js';
import { sharedFile, SHARED_MISSING } from '../src/testing/shared.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(HERE, 'results');
const f = (x: number) => x.toFixed(3);

/** The seed's levers as compact lines, and whether any carries the publication day. */
function seedLevers(): { levers: string[]; datedToPublicationDay: number } | null {
  const seed = sharedFile('seed/article.txt');
  if (!seed) return null;
  const r = analyze({ text: readFileSync(seed, 'utf8') }) as Result;
  const levers = (r.levers ?? []).map((l) => `${l.instrument} ${l.imposerCountry ?? '-'}>${l.targetCountry ?? '-'} ${l.good ?? '-'}${l.magnitude ? ` ${l.magnitude.value} ${l.magnitude.unit}` : ''} (date ${l.date ?? 'null'}, basis ${l.dateBasis ?? 'null'}; cue at ${l.cue.start}–${l.cue.end})`);
  return { levers, datedToPublicationDay: (r.levers ?? []).filter((l) => l.date === r.date).length };
}

const row = (name: string, s: LeverScore) => `| ${name} | ${s.gold} | ${s.predicted} | ${s.matched} | **${f(s.recall)}** | **${f(s.precision)}** | ${s.magnitudeRight}/${s.withMagnitude} = **${f(s.magnitudeAccuracy)}** |`;

function table(ev: LeverEval): string[] {
  return ['| set | gold levers | predicted | matched | recall | precision | magnitude |', '|---|---:|---:|---:|---:|---:|---:|',
    row('all', ev.overall), ...Object.entries(ev.perLang).map(([l, s]) => row(l, s))];
}

function main(): void {
  const measured = new Date().toISOString();
  const heldout = evaluateLevers(join(HERE, 'levers', 'heldout.jsonl'));
  const dev = evaluateLevers(join(HERE, 'levers', 'dev.jsonl'));
  const seed = seedLevers();
  const machine = `${cpus()[0]?.model.trim() ?? '?'} (${cpus().length} cores), Node ${process.version}, ${platform()} ${release()}`;
  const strip = ({ items: _i, ...rest }: LeverEval) => ({ ...rest, file: rest.file.slice(rest.file.indexOf('bench/')) });
  const out = {
    measured, machine, command: 'node --import tsx bench/levers-eval.ts (same figures: lagebild eval levers FILE --json)',
    heldout: strip(heldout), dev: strip(dev),
    seed: seed ?? { skipped: SHARED_MISSING },
    targets: { recall: 0.8, precision: 0.8, magnitude: 0.9 },
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'levers.json'), `${JSON.stringify(out, null, 2)}\n`);
  const md = [
    '# Lever figures', '',
    `Measured ${measured} with \`node --import tsx bench/levers-eval.ts\` on ${machine} (deterministic accuracy figures; the same as \`lagebild eval levers FILE\`).`,
    'Rules: a predicted lever matches a gold lever when instrument, imposer, target and good are equal (one-to-one); magnitude accuracy over the matched levers whose gold has one (same unit, value within 0.5 %); src/levers/eval-score.ts, docs/levers.md.', '',
    `## Held-out set (bench/levers/heldout.jsonl, ${heldout.passages} passages, written before the rules and not tuned on)`, '',
    ...table(heldout), '',
    `## Dev set (bench/levers/dev.jsonl, ${dev.passages} passages, the rules were developed on its errors)`, '',
    ...table(dev), '',
    'Remaining dev errors:', '', ...errorLines(dev).map((l) => `    ${l}`), '',
    '## Seed article (../shared/seed/article.txt)', '',
    ...(seed ? [`${seed.levers.length} levers; dated to the publication day: ${seed.datedToPublicationDay}.`, '', ...seed.levers.map((l) => `- ${l}`)] : [SHARED_MISSING]), '',
    'Targets (issue 16): recall ≥ 0.8, precision ≥ 0.8, magnitude ≥ 0.9. Both gold sets were written by the team in its own words about real, public measures; a held-out set written by others will score lower.', '',
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'levers.md'), md);
  console.log(md);
}

main();
