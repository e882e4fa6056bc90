/**
 * The `lagebild` command line: dispatches to one file per command. Errors a user can cause
 * print one line and exit 2; never a stack trace (set LAGEBILD_DEBUG=1 to see one).
 *
 * @example
 * lagebild extract ../shared/seed/article.txt
 */
import { CliError } from './errors.js';

type Command = { describe: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  extract: { describe: 'analyse articles and print contract results (json/jsonl)', load: () => import('./extract.js') },
  ingest: { describe: 'store articles from files, URLs or feeds in the database', load: () => import('./ingest.js') },
  worker: { describe: 'analyse pending articles (PostgreSQL queue or SQLite file)', load: () => import('./worker.js') },
  export: { describe: 'export stored results as jsonl, csv or plover', load: () => import('./export.js') },
  serve: { describe: 'serve the API and the dashboard', load: () => import('./serve.js') },
  demo: { describe: 'ingest the sample articles, then serve (npm start)', load: () => import('./demo.js') },
  eval: { describe: 'score against a gold file: eval ner|quotes|events GOLD', load: () => import('./eval.js') },
  stages: { describe: 'list the pipeline stages in order', load: () => import('./stages.js') },
  registry: { describe: 'actor registry in the store: registry add|list|import', load: () => import('./registry.js') },
  schema: { describe: 'print the JSON Schema of a result', load: () => import('./schema.js') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(8)} ${c.describe}`);
  return `usage: lagebild <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`lagebild: unknown command "${name}" (try: lagebild help)\n`);
    return 2;
  }
  try {
    return await (await cmd.load()).run(rest);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`lagebild ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    if (process.env.LAGEBILD_DEBUG) throw err;
    process.stderr.write(`lagebild ${name}: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
}
