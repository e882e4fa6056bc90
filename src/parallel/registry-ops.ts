/**
 * Registry changes as data, so that a pool worker can hold the same actor registry as the main
 * thread: the main thread's LearningRegistry logs every change it makes (a stored fact applied, a
 * fact learned from an article) and the pool replays the log, in order, on each worker's copy
 * (seededRegistry() + the log) before the worker analyses an article in that registry's context.
 *
 * @example
 * const reg = seededRegistry();
 * for (const op of log) applyRegistryOp(reg, op);
 */
import { applyStoredFact } from '../registry/from-store.js';
import type { MemoryRegistry } from '../registry/memory.js';
import type { RegistryFactIn, RegistryFactRow } from '../store/registry-facts.js';
import { surnameKey } from '../registry/normalise.js';

/** One change of a learning registry: a stored fact applied, or a fact learned in this run. */
export type RegistryOp = { stored: RegistryFactRow } | { learned: RegistryFactIn };

/** Learns `f` into `reg` exactly as a learning run does (the fields and provenance it keeps). */
export function learnFact(reg: MemoryRegistry, f: RegistryFactIn): void {
  reg.learn(
    { name: f.name, type: f.type, country: f.country ?? undefined, sector: f.sector ?? undefined, role: f.role ?? undefined },
    { articleId: f.articleId ?? null, span: f.span ?? null },
  );
}

/** Replays one logged change on `reg`. */
export function applyRegistryOp(reg: MemoryRegistry, op: RegistryOp): void {
  if ('stored' in op) applyStoredFact(reg, op.stored);
  else learnFact(reg, op.learned);
}

/**
 * The words whose presence in an article's text lets `op` change that article's analysis: the
 * last word of the name and of each alias (normalised as the registry's keys are). The registry
 * is consulted only with names and surnames found in the text (src/actors/resolve.ts,
 * src/registry/learn.ts), and every key an entry is found by ends with one of these words.
 */
export function opWords(op: RegistryOp): string[] {
  const f = 'stored' in op ? op.stored : op.learned;
  return [f.name, ...(f.aliases ?? [])].map((n) => surnameKey(n)).filter(Boolean);
}

const APOSTROPHES = /[’`´]/g;

/**
 * True when one of `ops` could change the analysis of an article with `text` (and `title`): a
 * word of theirs occurs in it, compared case-insensitively (both lower-cased, and a Unicode
 * case-insensitive match as well, so that no case mapping subtlety hides an occurrence).
 */
export function opsTouch(ops: RegistryOp[], text: string, title?: string | null): boolean {
  if (!ops.length) return false;
  const all = `${title ?? ''}\n${text}`.replace(APOSTROPHES, "'");
  const lower = all.toLowerCase();
  for (const op of ops) {
    for (const w of opWords(op)) {
      if (lower.includes(w)) return true;
      if (new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').test(all)) return true;
    }
  }
  return false;
}
