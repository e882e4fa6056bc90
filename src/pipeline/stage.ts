/**
 * A pipeline stage: a named, typed function over the document that adds its layers, with a
 * declaration of the Doc layers it reads (`requires`), creates (`assigns`) and changes after an
 * earlier stage made them (`amends`). `createPipeline` checks the declarations against the chosen
 * stages and `lagebild stages` prints them. Layer names are Doc field names (src/doc/doc.ts).
 *
 * @example
 * export const segment: Stage = {
 *   name: 'segment', description: 'sentences and tokens',
 *   requires: ['text', 'lang', 'bodyStart', 'headerSpans'], assigns: ['sentences', 'tokens'], amends: [],
 *   run(doc) { segmentDoc(doc); },
 * };
 */
import type { Doc } from '../doc/doc.js';
import type { PipelineContext } from './context.js';

/** A Doc field a stage reads or writes (the per-document diagnostics are open to every stage). */
export type Layer = Exclude<keyof Doc, 'id' | 'diagnostics'>;

/** The layers every document starts with (createDoc): the article, and an empty header (no header line). */
export const INITIAL_LAYERS: readonly Layer[] = Object.freeze([
  'text', 'lang', 'date', 'title', 'url', 'source', 'header', 'headerSpans', 'bodyStart',
] as const);

export interface Stage {
  /** unique name, used in `--stages` and in diagnostics */
  readonly name: string;
  /** one line for `lagebild stages` */
  readonly description: string;
  /** Doc layers this stage reads (present from createDoc or assigned by an earlier stage) */
  readonly requires: readonly Layer[];
  /** Doc layers this stage creates */
  readonly assigns: readonly Layer[];
  /** Doc layers of earlier stages this stage changes (adds to, removes from, or fills in fields of) */
  readonly amends: readonly Layer[];
  /** runs over one document; `ctx` carries what the caller passed in (registry, learning hook; absent when a stage is called on its own) */
  run(doc: Doc, ctx?: PipelineContext): void;
}
