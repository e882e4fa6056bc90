/**
 * Validation of results against the contract's JSON Schema (compiled once).
 *
 * @example
 * const problems = validateResult(result); // [] when valid
 */
import { TypeRegistry } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ResultOrError } from './schema.js';

// The string enums of schema.ts (`literals`) are Type.Unsafe, which TypeBox cannot check by
// itself: register a check by their enum before compiling.
if (!TypeRegistry.Has('Unsafe')) {
  TypeRegistry.Set('Unsafe', (schema: { enum?: unknown[] }, value: unknown) =>
    Array.isArray(schema.enum) ? schema.enum.includes(value) : true);
}

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
