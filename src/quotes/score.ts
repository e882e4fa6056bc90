/**
 * Quote matching and scoring by the rules of CONTRACT.md ("Quotes"): word tokens are runs of
 * letters/digits, lower-cased; a predicted quote matches a gold quote when at least half of the
 * gold tokens fall inside the predicted spans and at least half of the predicted tokens fall
 * inside the gold spans; one-to-one, greedy by overlap. Pure: no I/O, no pipeline.
 *
 * @example
 * const s = scoreQuotes([{ text, gold: [...], pred: [...] }]);
 * console.log(s.f1, s.speakerAccuracy);
 */

/** A span pair [start, end), end exclusive. */
export type Range = readonly [number, number];

/** A gold quote: content spans, optional speaker spans or speaker names, type, required flag. */
export interface GoldQuote {
  spans: Range[];
  /** speaker spans (span gold); empty when the gold names no speaker span */
  speakerSpans?: Range[];
  /** accepted speaker names (name gold: the gold name and its aliases) */
  speakerNames?: string[];
  type: string | null;
  /** false for optional gold quotes: a match counts for precision, a miss not against recall */
  required?: boolean;
}

/** A predicted quote reduced to what scoring needs. */
export interface PredQuote {
  spans: Range[];
  speaker: Range | null;
  /** name and aliases of the predicted speaker actor (name gold) */
  speakerNames?: string[];
  type?: string;
}

/** One document to score. */
export interface ScoreDoc {
  text: string;
  gold: GoldQuote[];
  pred: PredQuote[];
}

/** The figures of a quotes evaluation. */
export interface QuoteScore {
  gold: number;
  pred: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** matched quotes whose gold names a speaker */
  speakerGold: number;
  speakerRight: number;
  speakerAccuracy: number;
  /** recall per gold type: [required gold, matched] */
  byType: Record<string, { gold: number; matched: number; recall: number }>;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Start offsets of the word tokens of `text` that lie inside any of `spans`.
 * @example tokensIn('Er sagte: Ja.', [[10, 13]]) // [10]
 */
export function tokensIn(text: string, spans: readonly Range[]): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of spans) {
    const sub = text.slice(s, e);
    for (const m of sub.matchAll(WORD)) out.add(s + (m.index ?? 0));
  }
  return out;
}

/** Number of shared tokens of two token sets. */
function shared(a: Set<number>, b: Set<number>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}

/** True when two ranges overlap by at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * One-to-one greedy matching of predicted to gold quotes of one text: pairs meeting the
 * half-and-half rule, largest token overlap first. Returns [goldIndex, predIndex] pairs.
 * @example matchQuotes(text, gold, pred) // [[0, 2], [1, 0]]
 */
export function matchQuotes(text: string, gold: readonly GoldQuote[], pred: readonly PredQuote[]): [number, number][] {
  const gt = gold.map((g) => tokensIn(text, g.spans));
  const pt = pred.map((p) => tokensIn(text, p.spans));
  const cands: [number, number, number][] = [];
  for (let i = 0; i < gold.length; i++) {
    if (!gt[i].size) continue;
    for (let j = 0; j < pred.length; j++) {
      if (!pt[j].size) continue;
      const n = shared(gt[i], pt[j]);
      if (n * 2 >= gt[i].size && n * 2 >= pt[j].size) cands.push([n, i, j]);
    }
  }
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of cands) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/** Whether the predicted speaker is right for a gold quote (span overlap or name equality). */
export function speakerRight(g: GoldQuote, p: PredQuote): boolean {
  if (g.speakerNames?.length) {
    const names = new Set(g.speakerNames.map((n) => n.toLowerCase()));
    return (p.speakerNames ?? []).some((n) => names.has(n.toLowerCase()));
  }
  if (!p.speaker) return false;
  return (g.speakerSpans ?? []).some((s) => overlaps(s, p.speaker as Range));
}

function hasSpeaker(g: GoldQuote): boolean {
  return Boolean(g.speakerNames?.length || g.speakerSpans?.length);
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);

/**
 * Scores documents: P/R/F1 over quotes (recall over required gold quotes; a prediction matched
 * to an optional gold quote counts as correct and an optional gold quote is never a miss),
 * speaker accuracy over matched quotes whose gold has a speaker, recall by gold type.
 * @example scoreQuotes([{ text, gold, pred }]).f1
 */
export function scoreQuotes(docs: readonly ScoreDoc[]): QuoteScore {
  let goldN = 0, predN = 0, matchedReq = 0, matchedAll = 0, spkGold = 0, spkRight = 0;
  const byType: QuoteScore['byType'] = {};
  for (const d of docs) {
    predN += d.pred.length;
    const pairs = matchQuotes(d.text, d.gold, d.pred);
    const matchedGold = new Map(pairs);
    d.gold.forEach((g, i) => {
      if (g.required === false) return;
      goldN++;
      const t = g.type ?? 'unknown';
      const bt = (byType[t] ??= { gold: 0, matched: 0, recall: 0 });
      bt.gold++;
      if (matchedGold.has(i)) bt.matched++;
    });
    for (const [i, j] of pairs) {
      matchedAll++;
      if (d.gold[i].required !== false) matchedReq++;
      if (hasSpeaker(d.gold[i])) {
        spkGold++;
        if (speakerRight(d.gold[i], d.pred[j])) spkRight++;
      }
    }
  }
  for (const t of Object.values(byType)) t.recall = ratio(t.matched, t.gold);
  const precision = ratio(matchedAll, predN);
  const recall = ratio(matchedReq, goldN);
  return {
    gold: goldN, pred: predN, matched: matchedReq, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerGold: spkGold, speakerRight: spkRight, speakerAccuracy: ratio(spkRight, spkGold), byType,
  };
}
