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
