/**
 * A small argument parser over node:util's parseArgs that turns its errors into CliErrors.
 *
 * @example
 * const { values, positionals } = parse(argv, { db: { type: 'string' } });
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.js';

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError((err as Error).message.split('\n')[0]);
  }
}
