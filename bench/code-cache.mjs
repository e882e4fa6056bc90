// Same-run A/B of the workers' start-up (docs/parallel.md, "Start-up: the workers' code cache"):
// whole `bin/lagebild extract --format jsonl --jobs 2` processes of two checkouts (and of this
// one with LAGEBILD_CODE_CACHE=0), interleaved, user+sys CPU and wall from /usr/bin/time, every
// output hashed (all must be identical).
//
//   node bench/code-cache.mjs --against ../base-checkout [--input FILE] [--rounds 7] [--modes base,no-cache,cache]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { against: { type: 'string' }, input: { type: 'string' }, rounds: { type: 'string', default: '7' }, jobs: { type: 'string', default: '2' }, modes: { type: 'string', default: 'base,no-cache,cache' } },
});
if (!values.against) throw new Error('usage: node bench/code-cache.mjs --against CHECKOUT [--input FILE] [--rounds 7]');
const input = resolve(values.input ?? resolve(HERE, '../shared/eval/corpora/de-10kgnad.jsonl'));
const modes = {
  base: { cwd: resolve(values.against), env: {} },
  'no-cache': { cwd: HERE, env: { LAGEBILD_CODE_CACHE: '0' } },
  cache: { cwd: HERE, env: {} },
};
const names = values.modes.split(',');
for (const m of names) if (!modes[m]) throw new Error(`unknown mode ${m}`);
const res = Object.fromEntries(names.map((m) => [m, { cpu: [], wall: [], hash: new Set() }]));
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
for (let r = 0; r < Number(values.rounds); r++) {
  for (const m of r % 2 ? [...names].reverse() : names) {
    const p = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %e', 'bin/lagebild', 'extract', input, '--format', 'jsonl', '--jobs', values.jobs], {
      cwd: modes[m].cwd,
      env: { ...process.env, ...modes[m].env },
      maxBuffer: 1 << 30,
    });
    const t = p.stderr.toString().match(/TIME (\S+) (\S+) (\S+)/);
    if (!t || p.status !== 0) throw new Error(`${m}: ${p.stderr}`);
    res[m].cpu.push(Number(t[1]) + Number(t[2]));
    res[m].wall.push(Number(t[3]));
    res[m].hash.add(createHash('sha1').update(p.stdout).digest('hex'));
    process.stderr.write(`round ${r} ${m}: cpu ${(Number(t[1]) + Number(t[2])).toFixed(2)} s, wall ${t[3]} s\n`);
  }
}
const hashes = new Set(names.flatMap((m) => [...res[m].hash]));
for (const m of names) console.log(`${m.padEnd(9)} cpu ${med(res[m].cpu).toFixed(2)} s  wall ${med(res[m].wall).toFixed(2)} s (medians)`);
const ref = names[0];
for (const m of names.slice(1)) {
  const ratio = (k) => res[m][k].map((v, i) => v / res[ref][k][i]);
  const c = ratio('cpu');
  const w = ratio('wall');
  console.log(`${m}/${ref} per round: cpu median ${med(c).toFixed(3)} (${Math.min(...c).toFixed(3)}–${Math.max(...c).toFixed(3)}), wall median ${med(w).toFixed(3)}`);
}
console.log(hashes.size === 1 ? 'outputs identical' : `OUTPUTS DIFFER (${hashes.size} hashes)`);
