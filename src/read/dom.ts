/**
 * The HTML parser (linkedom) and Readability, loaded on first use. Together they cost ~0.15–0.2 s
 * of CPU to load, which every `lagebild extract`, `ingest` and worker used to pay even for plain
 * text and JSON Lines input, where no HTML is parsed. `require` (their CommonJS builds) keeps the
 * readers synchronous; every reader takes them from here, so one copy is loaded.
 *
 * @example
 * const { document } = dom().parseHTML('<p>Ein Satz.</p>');
 */
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');

const require = createRequire(import.meta.url);
let loaded: { parseHTML: Linkedom['parseHTML']; Readability: ReadabilityModule['Readability'] } | null = null;

/** linkedom's parseHTML and Readability's class, loaded once on the first call. */
export function dom(): NonNullable<typeof loaded> {
  if (!loaded) {
    const { parseHTML } = require('linkedom') as Linkedom;
    const { Readability } = require('@mozilla/readability') as ReadabilityModule;
    loaded = { parseHTML, Readability };
  }
  return loaded;
}
