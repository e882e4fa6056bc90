/**
 * `lagebild registry add|list|import`: the analyst's side of the actor registry in the store
 * (table registry_facts, docs/events.md "Actor registry"). Analyst facts win over what ingest
 * learned from articles; they apply to articles analysed from then on.
 *
 * @example
 * lagebild registry add --db x.db --name "Jane Example" --country USA --sector GOV --role "foreign minister"
 * lagebild registry list --db x.db --source learned
 * lagebild registry import --db x.db my-actors.tsv
 */
import { readFileSync } from 'node:fs';
import { parse } from './args.js';
import { CliError } from './errors.js';
import { DEFAULT_DB } from '../store/open.js';
import { openStoreForCli } from './open-store.js';
import { analystFact, parseFactsTsv } from '../registry/import-file.js';
import {
  validateRegistryFact, type RegistryFactIn, type RegistryFactRow, type RegistryFactStore,
} from '../store/registry-facts.js';

const USAGE = `usage: lagebild registry add [--db DB] --name NAME [--type PER|ORG|GPE|LOC|MISC] [--alias A]... [--country ISO3] [--sector CODE] [--role ROLE]
       lagebild registry list [--db DB] [--source starter|learned|analyst] [--json]
       lagebild registry import [--db DB] FILE.tsv   (columns of lexicons/registry/actors.tsv)`;

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '-h' || sub === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return sub ? 0 : 2;
  }
  const { values, positionals } = parse(rest, {
    db: { type: 'string' },
    name: { type: 'string' },
    type: { type: 'string' },
    alias: { type: 'string', multiple: true },
    country: { type: 'string' },
    sector: { type: 'string' },
    role: { type: 'string' },
    source: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (sub === 'add') {
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (lagebild registry --help)`);
    const fact = analystFact({ ...values, aliases: values.alias });
    const why = validateRegistryFact(fact);
    if (why) throw new CliError(why);
    const [row] = await withStore(values.db, (s) => s.addRegistryFacts([fact]));
    process.stdout.write(`registry: added #${row.id} ${describe(row)}\n`);
    return 0;
  }
  if (sub === 'import') {
    if (positionals.length !== 1) throw new CliError('import takes one file (lagebild registry --help)');
    const file = positionals[0];
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const { facts, errors } = parseFactsTsv(text, file);
    // all or nothing: a file with a bad row is fixed first, not half imported
    if (errors.length) throw new CliError(`${errors.length} bad row(s), nothing imported; first: ${errors[0]}`);
    const rows = await withStore(values.db, (s) => s.addRegistryFacts(facts));
    process.stdout.write(`registry: imported ${rows.length} analyst fact(s) from ${file}\n`);
    return 0;
  }
  if (sub === 'list') {
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (lagebild registry --help)`);
    const src = values.source;
    if (src && !['starter', 'learned', 'analyst'].includes(src)) throw new CliError('--source must be starter, learned or analyst');
    const rows = (await withStore(values.db, (s) => s.registryFacts())).filter((r) => !src || r.source === src);
    if (values.json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    else {
      process.stdout.write('id\tsource\tname\ttype\tcountry\tsector\trole\tarticle\tarticle_date\tspan\tevidence\n');
      for (const r of rows) {
        const span = r.span ? `${r.span.start}-${r.span.end}` : '';
        const cells = [r.id, r.source, r.name, r.type, r.country, r.sector, r.role, r.articleId, r.articleDate, span, r.evidence];
        process.stdout.write(`${cells.map((c) => String(c ?? '').replace(/[\t\n]/g, ' ')).join('\t')}\n`);
      }
    }
    return 0;
  }
  throw new CliError(`unknown subcommand "${sub}" (add, list, import; lagebild registry --help)`);
}

async function withStore<T>(db: string | undefined, fn: (s: RegistryFactStore) => Promise<T>): Promise<T> {
  const store = await openStoreForCli(db ?? DEFAULT_DB);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function describe(f: RegistryFactIn | RegistryFactRow): string {
  const parts = [f.type, f.country, f.sector, f.role].filter(Boolean);
  return `${f.name} (${parts.join(', ')})`;
}
