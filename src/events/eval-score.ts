/**
 * Event scoring by the rules of CONTRACT.md ("Scoring"), pure functions over gold and predicted
 * events so they can be table-tested. Used by `lagebild eval events` (src/eval/events.ts).
 *
 * Single sentences (PLV format): a sentence is right when some predicted event has the gold type
 * (PLOVER 1 YIELD accepts CONCEDE or RETREAT) and a source span overlapping a gold source span and a
 * target span overlapping a gold target span. The sentence's predicted type is the type of that
 * event if there is one, else of the first event whose source and target both overlap, else of the
 * first event, else none (CONCEDE/RETREAT are counted as YIELD when the gold labels use YIELD).
 * Per type T: precision = right sentences of gold type T / sentences whose predicted type is T;
 * recall = right sentences of gold type T / sentences of gold type T; F1 their harmonic mean (0 when
 * both are 0). Macro-F1 = the unweighted mean of F1 over the gold types present in the file.
 *
 * Articles (seed gold): see scoreArticle.
 *
 * @example
 * scoreSentences([{ type: 'ACCUSE', sources: [[0, 5]], targets: [[10, 15]], events: [...] }]).macroF1;
 */

/** [start, end) offsets. */
export type Range = [number, number];

/** A predicted event reduced to what the sentence score needs. */
export interface SentencePred {
  type: string;
  sources: Range[];
  targets: Range[];
}

/** One gold sentence item with the engine's events on it. */
export interface SentenceItem {
  id?: string;
  type: string;
  sources: Range[];
  targets: Range[];
  events: SentencePred[];
}

/** Per-type figures. */
export interface TypeScore {
  gold: number;
  predicted: number;
  right: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Sentence-level result. */
export interface SentenceScore {
  sentences: number;
  right: number;
  accuracy: number;
  macroF1: number;
  perType: Record<string, TypeScore>;
}

const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const anyOverlap = (xs: Range[], ys: Range[]) => xs.some((x) => ys.some((y) => overlaps(x, y)));

/** True when predicted type `pred` is accepted for gold label `gold`. */
export function typeAccepted(gold: string, pred: string): boolean {
  if (gold === 'YIELD') return pred === 'CONCEDE' || pred === 'RETREAT' || pred === 'YIELD';
  return gold === pred;
}

/** The predicted label of one sentence and whether it is right (see the module comment). */
export function judgeSentence(item: SentenceItem, yieldLabels: boolean): { right: boolean; predicted: string | null } {
  const both = item.events.filter((e) => anyOverlap(e.sources, item.sources) && anyOverlap(e.targets, item.targets));
  const hit = both.find((e) => typeAccepted(item.type, e.type));
  if (hit) return { right: true, predicted: item.type };
  const e = both[0] ?? item.events[0];
  if (!e) return { right: false, predicted: null };
  const t = yieldLabels && (e.type === 'CONCEDE' || e.type === 'RETREAT') ? 'YIELD' : e.type;
  return { right: false, predicted: t };
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Scores single-sentence items: accuracy, per-type precision/recall/F1 and macro-F1. */
export function scoreSentences(items: SentenceItem[]): SentenceScore {
  const labels = [...new Set(items.map((i) => i.type))].sort();
  const yieldLabels = labels.includes('YIELD');
  const per: Record<string, TypeScore> = {};
  for (const l of labels) per[l] = { gold: 0, predicted: 0, right: 0, precision: 0, recall: 0, f1: 0 };
  let right = 0;
  for (const it of items) {
    const j = judgeSentence(it, yieldLabels);
    per[it.type].gold++;
    if (j.right) { per[it.type].right++; right++; }
    if (j.predicted && per[j.predicted]) per[j.predicted].predicted++;
  }
  for (const l of labels) {
    const s = per[l];
    s.precision = s.predicted ? s.right / s.predicted : 0;
    s.recall = s.gold ? s.right / s.gold : 0;
    s.f1 = f1(s.precision, s.recall);
  }
  const macroF1 = labels.length ? labels.reduce((a, l) => a + per[l].f1, 0) / labels.length : 0;
  return { sentences: items.length, right, accuracy: items.length ? right / items.length : 0, macroF1, perType: per };
}

/** A gold event of the article format (seed/gold.json "events"). */
export interface GoldEvent {
  id: string;
  type: string[];
  mode: string | null;
  source: string | null;
  target: string | null;
  date: string | string[] | null;
  status: string;
  required: boolean;
}

/** A predicted event reduced to what the article score needs. */
export interface ArticlePred {
  id: string;
  type: string;
  mode: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  date: string | null;
  status: string;
}

/** Article-level result, with the pairs for inspection. */
export interface ArticleScore {
  required: number;
  requiredFound: number;
  recall: number;
  predicted: number;
  predictedRight: number;
  precision: number;
  matched: number;
  dateAccuracy: number;
  modeAccuracy: number;
  statusAccuracy: number;
  pairs: { gold: string; pred: string; date: boolean; mode: boolean; status: boolean }[];
  missed: string[];
  falsePositives: string[];
}

/** Gold country "IGO" matches a null predicted country; otherwise equality. */
export function countryMatches(gold: string | null, pred: string | null): boolean {
  if (gold === 'IGO') return pred === null || pred === 'IGO';
  return gold === pred;
}

/** A predicted date is right when it equals an accepted value or is a more precise form of one; null gold accepts anything. */
export function dateMatches(gold: string | string[] | null, pred: string | null): boolean {
  if (gold === null) return true;
  if (!pred) return false;
  const ok = Array.isArray(gold) ? gold : [gold];
  return ok.some((g) => pred === g || pred.startsWith(`${g}-`));
}

/**
 * Scores one article: a prediction matches a gold event with an accepted type and the same source
 * and target countries, one-to-one. Required gold events are matched first, then optional ones;
 * each gold event takes, among its candidates, the one that agrees on most of date, status and mode
 * (then the earliest). Recall = matched required / required. Precision = non-negated predictions
 * that matched any gold event / non-negated predictions. Date, mode and status accuracies are over
 * all matched pairs.
 */
export function scoreArticle(gold: GoldEvent[], preds: ArticlePred[]): ArticleScore {
  const used = new Set<string>();
  const pairs: ArticleScore['pairs'] = [];
  const order = [...gold.filter((g) => g.required), ...gold.filter((g) => !g.required)];
  const missed: string[] = [];
  for (const g of order) {
    let best: ArticlePred | null = null;
    let bestScore = -1;
    for (const p of preds) {
      if (used.has(p.id) || !g.type.includes(p.type)) continue;
      if (!countryMatches(g.source, p.sourceCountry) || !countryMatches(g.target, p.targetCountry)) continue;
      const s = Number(dateMatches(g.date, p.date)) + Number(g.status === p.status) + Number(g.mode === p.mode);
      if (s > bestScore) { best = p; bestScore = s; }
    }
    if (!best) { if (g.required) missed.push(g.id); continue; }
    used.add(best.id);
    pairs.push({ gold: g.id, pred: best.id, date: dateMatches(g.date, best.date), mode: g.mode === best.mode, status: g.status === best.status });
  }
  const required = gold.filter((g) => g.required).length;
  const reqIds = new Set(gold.filter((g) => g.required).map((g) => g.id));
  const requiredFound = pairs.filter((p) => reqIds.has(p.gold)).length;
  const counted = preds.filter((p) => p.status !== 'negated');
  const predictedRight = counted.filter((p) => used.has(p.id)).length;
  const n = pairs.length;
  const acc = (k: 'date' | 'mode' | 'status') => (n ? pairs.filter((p) => p[k]).length / n : 0);
  return {
    required, requiredFound, recall: required ? requiredFound / required : 0,
    predicted: counted.length, predictedRight, precision: counted.length ? predictedRight / counted.length : 0,
    matched: n, dateAccuracy: acc('date'), modeAccuracy: acc('mode'), statusAccuracy: acc('status'),
    pairs, missed, falsePositives: counted.filter((p) => !used.has(p.id)).map((p) => p.id),
  };
}
