/**
 * Types shared by the recogniser's rules: a recognised name (`Found`), the document's name
 * memory, a role waiting for its name, and the rule interface.
 *
 * @example
 * const rule: NerRule = { name: 'demonym', description: '…', apply: (s, i) => -1 };
 */
import type { Span } from '../../contract/schema.js';
import type { GazEntry, NerType } from '../data.js';
import type { RecogniserState } from './state.js';

/** One recognised name with the facts found for it. */
export interface Found extends Span {
  type: NerType;
  kind: 'name' | 'demonym' | 'prefix' | 'gazetteer';
  canonical?: string;
  /** gazetteer source when found there */
  source?: GazEntry['source'];
  country?: string;
  sector?: string;
  role?: string;
  roleSpan?: Span;
  /** the rule that found it (its file name in src/ner/recognise/; not part of the output) */
  rule?: string;
}

/** Names seen earlier in the document: surname (and its genitive) → full name. */
export interface NameMemory {
  surnames: Map<string, string>;
}

/** A role noun or title whose name may follow ("Verteidigungsminister Pete Hegseth"). */
export interface PendingRole {
  role: string;
  sector?: string;
  country?: string;
  span: Span;
  /** index of the unit right after the role */
  next: number;
}

/**
 * One rule of the recogniser. `apply` looks at the word unit `i` of the sentence in `s`; when
 * the rule applies it pushes what it found (`s.push`) and returns the index of the next unit
 * to look at (> i), else −1 and the next rule in the list is asked.
 */
export interface NerRule {
  name: string;
  description: string;
  apply(s: RecogniserState, i: number): number;
}
