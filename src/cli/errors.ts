/**
 * An error the user caused (bad file, bad option): printed as one line, exit status 2.
 *
 * @example
 * throw new CliError(`${file}: no such file`);
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}
