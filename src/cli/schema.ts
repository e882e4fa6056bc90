/** `lagebild schema`: the JSON Schema of a result (generated from src/contract/schema.ts). */
import { resultJsonSchema } from '../contract/validate.js';

export async function run(_argv: string[]): Promise<number> {
  process.stdout.write(JSON.stringify(resultJsonSchema(), null, 2) + '\n');
  return 0;
}
