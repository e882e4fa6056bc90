/**
 * Participants that are no actors (issue 13): over the corpora of ../shared/eval/corpora, counts the
 * sources and targets of events whose actor is a lowercase word or phrase, a stop word, or a bare noun
 * phrase without sector (src/events/participants.ts); target zero. Writes bench/results/participants.md.
 *
 * Usage: node --import tsx bench/participants.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { participantProblem } from '../src/events/participants.js';
import { SHARED_MISSING } from '../src/testing/shared.js';
import { forEachCorpusResult } from './corpus-events.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

function main(): void {
  const per = new Map<string, { events: number; participants: number; bad: Map<string, number> }>();
  const examples: string[] = [];
  const files = forEachCorpusResult((corpus, r) => {
    const t = per.get(corpus) ?? { events: 0, participants: 0, bad: new Map() };
    per.set(corpus, t);
    const byId = new Map(r.actors.map((a) => [a.id, a]));
    for (const e of r.events) {
      t.events++;
      for (const id of [...e.source, ...e.target]) {
        const a = byId.get(id);
        if (!a) continue;
        t.participants++;
        const why = participantProblem(a, r.mentions, r.lang);
        if (!why) continue;
        t.bad.set(why, (t.bad.get(why) ?? 0) + 1);
        if (examples.length < 40) examples.push(`${corpus} ${r.id} ${e.type}: "${a.name}" (${why})`);
      }
    }
  });
  if (!files) { console.log(SHARED_MISSING); return; }
  const total = [...per.values()].reduce((n, t) => n + [...t.bad.values()].reduce((a, b) => a + b, 0), 0);
  const md = [
    '# Participants that are no actors', '',
    `Measured ${new Date().toISOString()} with \`node --import tsx bench/participants.ts\` over ../shared/eval/corpora (${files.join(', ')}).`,
    'A participant (event source or target) is no actor when its name is lowercase, a stop word, or a bare noun phrase without sector (src/events/participants.ts). Target: 0.', '',
    '| corpus | events | participants | no actor | lowercase | stop word | phrase |', '|---|---:|---:|---:|---:|---:|---:|',
    ...[...per.entries()].map(([k, t]) => `| ${k} | ${t.events} | ${t.participants} | ${[...t.bad.values()].reduce((a, b) => a + b, 0)} | ${t.bad.get('lowercase') ?? 0} | ${t.bad.get('stop word') ?? 0} | ${t.bad.get('phrase') ?? 0} |`),
    '', `**Total no-actor participants: ${total}.**`, '',
    ...(examples.length ? ['Examples:', '', ...examples.map((x) => `- ${x}`), ''] : []),
  ].join('\n');
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'participants.md'), md);
  console.log(md);
}

main();
