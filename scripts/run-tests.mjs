// Runs every *.test.ts under src/, bench/ and web/ with Node's own test runner (through tsx).
// Why a script: Node 20's --test takes no glob, and a shell glob differs between shells.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}
const only = process.argv.slice(2);
const roots = ['src', 'bench', 'web'].filter((d) => existsSync(d));
const files = only.length ? only : roots.flatMap((d) => find(d, [])).sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
