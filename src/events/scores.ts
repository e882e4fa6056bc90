/**
 * PLOVER conflict-cooperation scores per type and mode (lexicons/plover/scores.tsv).
 *
 * @example
 * ploverScore('CONSULT', 'visit'); // 3
 * ploverScore('ASSAULT', null);    // -10
 */
import { lexicon } from '../lang/lexicon.js';

let table: Map<string, number> | undefined;

/** Score of a type and mode: the mode's row, else the type's "-" row, else 0. */
export function ploverScore(type: string, mode: string | null): number {
  if (!table) {
    table = new Map();
    for (const [t, m, s] of lexicon('plover', 'scores')) table.set(`${t}\t${m}`, Number(s));
  }
  return table.get(`${type}\t${mode ?? '-'}`) ?? table.get(`${type}\t-`) ?? 0;
}
