/**
 * A pipeline stage: a named, typed function over the document that adds one layer.
 *
 * @example
 * export const segment: Stage = { name: 'segment', run(doc) { doc.sentences = split(doc); } };
 */
import type { Doc } from '../doc/doc.js';

export interface Stage {
  /** unique name, used in `--stages` and in diagnostics */
  readonly name: string;
  /** one line for `lagebild stages` */
  readonly description: string;
  /** Doc layers this stage reads (must be assigned by an earlier stage) */
  readonly requires?: readonly string[];
  /** Doc layers this stage creates */
  readonly assigns?: readonly string[];
  /** Doc layers of earlier stages this stage changes (adds to or removes from) */
  readonly amends?: readonly string[];
  run(doc: Doc): void;
}
