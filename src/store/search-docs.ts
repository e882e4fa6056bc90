/**
 * The search documents of one analysed article (both stores index the same): the article (title
 * and text), each event (evidence sentence, trigger, source and target names) and each quote (text
 * and speaker), as the two search columns of search-terms.ts.
 *
 * @example
 * const docs = searchDocs(layerRows('a1', result), result);
 * docs[0]; // { kind: 'article', ref: '', stems: '…', words: '…' }
 */
import type { Result } from '../contract/schema.js';
import type { LayerRows } from './rows.js';
import { searchFields } from './search-terms.js';

/** One indexed document. */
export interface SearchDoc {
  kind: 'article' | 'event' | 'quote';
  /** event or quote id; '' for the article */
  ref: string;
  stems: string;
  words: string;
}

function names(json: string): string {
  try {
    const a = JSON.parse(json);
    return Array.isArray(a) ? a.join(' ') : '';
  } catch {
    return '';
  }
}

/** The documents of an article's result. */
export function searchDocs(rows: LayerRows, r: Pick<Result, 'lang' | 'title' | 'text'>): SearchDoc[] {
  const lang = r.lang;
  const out: SearchDoc[] = [{ kind: 'article', ref: '', ...searchFields(`${r.title ?? ''}\n${r.text}`, lang) }];
  for (const e of rows.events) {
    out.push({ kind: 'event', ref: e.event_id, ...searchFields(`${e.evidence_text}\n${e.trigger_text}\n${names(e.source_names)}\n${names(e.target_names)}`, lang) });
  }
  for (const q of rows.quotes) {
    out.push({ kind: 'quote', ref: q.quote_id, ...searchFields(`${q.text}\n${q.speaker ?? ''}`, lang) });
  }
  return out;
}
