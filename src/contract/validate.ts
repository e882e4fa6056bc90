/**
 * Validation of results against the contract's JSON Schema (compiled once).
 *
 * @example
 * const problems = validateResult(result); // [] when valid
 */
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ResultOrError } from './schema.js';

const compiled = TypeCompiler.Compile(ResultOrError);

/** Returns the schema violations of `value` as "path: message" lines; empty when valid. */
export function validateResult(value: unknown): string[] {
  if (compiled.Check(value)) return [];
  return [...compiled.Errors(value)].slice(0, 20).map((e) => `${e.path || '/'}: ${e.message}`);
}

/** The contract's JSON Schema, for consumers and `lagebild schema`. */
export function resultJsonSchema(): object {
  return JSON.parse(JSON.stringify(ResultOrError));
}
