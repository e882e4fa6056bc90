/**
 * Where an event's date comes from (docs/events.md, "Honest dates"): `text` when a date expression of
 * its clause dates it, `article` when it is reported as happening now and the article date stands in,
 * null for background facts and undated plans. Background: a cue of lexicons/<lang>/coding-cues.tsv
 * (kind `background`: "bereits", "seit", "nicht mehr", "earlier", "no longer"; kind `pluperfect`,
 * "hatte"/"had", before a participle) in the trigger's clause, or anywhere in the sentence when the sentence holds no other
 * event; or an `attribute` right before the trigger noun ("die verhängten Zölle", "existing sanctions").
 *
 * @example
 * dateBasis(doc, event, words, [4, 12], 0, 20, 1); // { basis: null, historical: true }
 */
import type { Event } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { codingCues } from './coding-cues.js';

export interface DateBasis { basis: 'text' | 'article' | null; historical: boolean }

/** German and English past-participle shapes ("verhängt", "kritisiert", "imposed"); irregular ones come from the lexicon. */
const PARTICIPLE = /^(ge\p{Ll}{2,}(t|en)|(ver|be|er|ent|zer|über)\p{Ll}{2,}(t|en)|\p{Ll}+iert|\p{Ll}{2,}ed)$/u;

/** True when token i..to holds a past participle (the pluperfect after "hatte"/"had"). */
function participleAfter(doc: Doc, words: readonly string[], i: number, to: number, irregular: Set<number>): boolean {
  for (let k = i + 1; k < to && k <= i + 8; k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') break;
    if (irregular.has(k) || (/^\p{Ll}/u.test(t.text) && PARTICIPLE.test(words[k]))) return true;
  }
  return false;
}

/**
 * `range`: the trigger's clause tokens [from, to); [sFrom, sTo): its sentence; `trigger`: the trigger
 * token; `eventsInSentence`: how many events the sentence holds.
 */
export function dateBasis(doc: Doc, e: Event, words: readonly string[], range: [number, number], sFrom: number, sTo: number, trigger: number, eventsInSentence: number): DateBasis {
  const hits = codingCues(doc.lang).find(words, sFrom, sTo);
  const irregular = new Set(hits.filter((h) => h.tag === 'participle').map((h) => h.first));
  let historical = false;
  if (e.status === 'asserted' || e.status === 'negated') {
    for (const h of hits) {
      if (h.tag === 'attribute') {
        if (h.last < trigger && trigger - h.last <= 2) historical = true;
        continue;
      }
      if (h.tag !== 'background' && h.tag !== 'pluperfect') continue;
      const inClause = h.first >= range[0] && h.last < range[1];
      if (!inClause && eventsInSentence > 1) continue;
      // "hatte Gespräche", "had talks" are simple past; "hatte verhängt", "had imposed" pluperfect
      if (h.tag === 'pluperfect' && !participleAfter(doc, words, h.first, inClause ? range[1] : sTo, irregular)) continue;
      historical = true;
    }
  }
  // a date of the event's own sentence; a date borrowed from the story's earlier sentences (German
  // events without their own date take the story's) never dates a background fact
  const own = e.dateText !== null && doc.text.slice(doc.tokens[sFrom].start, doc.tokens[sTo - 1].end).includes(e.dateText);
  if (e.dateText !== null && (own || !historical)) return { basis: 'text', historical };
  if (historical) return { basis: null, historical };
  if (e.date !== null && e.date === doc.date) return { basis: 'article', historical };
  return { basis: null, historical };
}
