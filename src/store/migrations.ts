/**
 * Versioned migration files: `NNN_name.sql` in a folder, applied in order of NNN. Shared by both
 * stores; each store records applied versions in its `schema_migrations` table.
 *
 * @example
 * const files = migrationFiles(new URL('./migrations/', import.meta.url));
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations of a folder, sorted by version; rejects two files with one version. */
export function migrationFiles(dir: URL): Migration[] {
  const path = fileURLToPath(dir);
  const out: Migration[] = [];
  for (const file of readdirSync(path)) {
    const m = /^(\d+)_([\w-]+)\.sql$/.exec(file);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: m[2], sql: readFileSync(join(path, file), 'utf8') });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i].version === out[i - 1].version) throw new Error(`two migrations with version ${out[i].version} in ${path}`);
  }
  return out;
}
