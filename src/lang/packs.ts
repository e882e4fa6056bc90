/**
 * The registry of language packs: the built-in ones (src/lang/builtin.ts) and any a caller adds
 * with `registerPack` (a test's made-up language, a future folder). Registration checks the
 * manifest: a required lexicon file that is missing is an error naming the file.
 *
 * @example
 * packOf('de').grammar.clauseOrder;   // 'verb-second'
 * languageCodes();                     // ['de', 'en']
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PACKS } from './builtin.js';
export { FALLBACK_LANG } from './builtin.js';
import { KNOWN_LEXICONS } from './manifest.js';
import type { LanguagePack } from './pack.js';
import type { Lang } from '../contract/schema.js';

/** Root of the repository's lexicon folders (`lexicons/<code>/`, `lexicons/common/`, ...). */
export const LEXICON_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicons');

/** A registered pack: the definition plus its resolved folder and manifest. */
export interface RegisteredPack extends LanguagePack {
  readonly lexiconDir: string;
  /** every lexicon name that reads as empty when its file is missing */
  readonly optional: ReadonlySet<string>;
}

export class MissingLexiconError extends Error {
  constructor(readonly lang: string, readonly file: string) {
    super(`language pack "${lang}": required lexicon file ${file} is missing`);
    this.name = 'MissingLexiconError';
  }
}

export class UnknownLanguageError extends Error {
  constructor(readonly lang: string) {
    super(`unknown language "${lang}" (registered: ${[...packs.keys()].join(', ')})`);
    this.name = 'UnknownLanguageError';
  }
}

const packs = new Map<string, RegisteredPack>();

/**
 * Changes with every registration and removal: a cache that remembers the pack of a code
 * (src/lang/lexicon.ts `compiled`) is valid while the generation it saw is current.
 */
let generation = 0;

/** The current registry generation (see `generation`). */
export function packGeneration(): number {
  return generation;
}

/** Registers (or replaces) a pack after checking its required lexicon files; returns it. */
export function registerPack(def: LanguagePack): RegisteredPack {
  const lexiconDir = def.lexiconDir ?? join(LEXICON_ROOT, def.code);
  for (const name of def.lexicons.required) {
    const file = join(lexiconDir, `${name}.tsv`);
    if (!existsSync(file)) throw new MissingLexiconError(def.code, file);
  }
  const required = new Set(def.lexicons.required);
  const optional = new Set([...(def.lexicons.optional ?? []), ...KNOWN_LEXICONS].filter((n) => !required.has(n)));
  const pack: RegisteredPack = Object.freeze({ ...def, lexiconDir, optional });
  packs.set(def.code, pack);
  generation++;
  return pack;
}

/** Removes a pack registered with registerPack (tests); built-in packs stay. */
export function unregisterPack(code: string): void {
  if (BUILTIN_PACKS.some((p) => p.code === code)) return;
  if (packs.delete(code)) generation++;
}

for (const p of BUILTIN_PACKS) registerPack(p);

/** True when `code` names a registered pack. */
export function hasPack(code: string): boolean {
  return packs.has(code);
}

/** The pack of `code`; an unknown code is an error naming it and the registered ones. */
export function packOf(code: string): RegisteredPack {
  const p = packs.get(code);
  if (!p) throw new UnknownLanguageError(code);
  return p;
}

/** Codes of the registered packs, in registration order (built-in first). */
export function languageCodes(): string[] {
  return [...packs.keys()];
}

/** The registered packs, in registration order. */
export function languagePacks(): RegisteredPack[] {
  return [...packs.values()];
}


/** `code` when it names a registered language, else `fallback` (gold files and fixtures without a language). */
export function langOr(code: unknown, fallback: Lang): Lang {
  return typeof code === 'string' && packs.has(code) ? (code as Lang) : fallback;
}
