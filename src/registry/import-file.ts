/**
 * Reads an analyst's registry file: the columns of lexicons/registry/actors.tsv (name, aliases
 * separated by "|", type, country, sector, role; further columns such as from/to are ignored),
 * '#' lines are comments. Every row becomes an analyst fact; bad rows are reported by line.
 *
 * @example
 * parseFactsTsv('Jane Example\t\tPER\tUSA\tGOV\tforeign minister\n', 'mine.tsv');
 * // { facts: [{ name: 'Jane Example', type: 'PER', country: 'USA', ... source: 'analyst' }], errors: [] }
 */
import type { EntityType } from '../contract/schema.js';
import { validateRegistryFact, type RegistryFactIn } from '../store/registry-facts.js';

/** Facts (source 'analyst') and "file:line: reason" messages for rows that cannot be used. */
export function parseFactsTsv(text: string, file: string): { facts: RegistryFactIn[]; errors: string[] } {
  const facts: RegistryFactIn[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [name = '', aliases = '', type = '', country = '', sector = '', role = ''] = line.split('\t').map((c) => c.trim());
    const fact = analystFact({ name, aliases: aliases ? aliases.split('|') : [], type, country, sector, role });
    const why = validateRegistryFact(fact);
    if (why) errors.push(`${file}:${i + 1}: ${why}`);
    else facts.push(fact);
  });
  return { facts, errors };
}

/** An analyst fact from loose input (CLI options, TSV cells, API JSON): trimmed, empty → null, codes upper-cased. */
export function analystFact(o: {
  name?: unknown; aliases?: unknown; type?: unknown; country?: unknown; sector?: unknown; role?: unknown;
}): RegistryFactIn {
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const aliases = Array.isArray(o.aliases) ? o.aliases.map(str).filter((a): a is string => !!a) : [];
  return {
    name: str(o.name) ?? '',
    aliases,
    type: (str(o.type)?.toUpperCase() ?? 'PER') as EntityType,
    country: str(o.country)?.toUpperCase() ?? null,
    sector: str(o.sector)?.toUpperCase() ?? null,
    role: str(o.role),
    source: 'analyst',
  };
}
