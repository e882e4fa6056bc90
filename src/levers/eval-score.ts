/**
 * Scoring of levers against a gold file (docs/levers.md, `lagebild eval levers`): a predicted
 * lever matches a gold lever when instrument, imposer, target and good are all equal (parties as
 * ISO3 countries, or by name for organisations without one: "EU"; null = the text names none),
 * one-to-one, greedy in gold order, a candidate with the right magnitude first. Recall = matched /
 * gold levers; precision = matched / predicted levers (negated ones not counted); magnitude
 * accuracy over the matched levers whose gold has a magnitude: same unit, value within 0.5 %
 * (a range counts by its upper bound).
 *
 * @example
 * scoreLevers([{ instrument: 'tariff', imposer: 'USA', target: 'CHN', good: 'ALL', magnitude: { value: 145, unit: 'percent' } }],
 *   [{ instrument: 'tariff', imposer: 'USA', target: 'CHN', good: 'ALL', magnitude: { value: 145, unit: 'percent' } }]);
 * // { recall: 1, precision: 1, magnitudeAccuracy: 1, ... }
 */

/** A lever as the gold file and the comparison see it (parties already as codes or names). */
export interface LeverKeyed {
  instrument: string;
  imposer: string | null;
  target: string | null;
  good: string | null;
  magnitude: { value: number | [number, number]; unit: string | null } | null;
}

export interface LeverScore {
  gold: number;
  predicted: number;
  matched: number;
  recall: number;
  precision: number;
  /** matched levers whose gold has a magnitude */
  withMagnitude: number;
  magnitudeRight: number;
  magnitudeAccuracy: number;
}

/** Whether a predicted magnitude equals the gold one (same unit, value within 0.5 %). */
export function magnitudeMatches(gold: LeverKeyed['magnitude'], pred: LeverKeyed['magnitude']): boolean {
  if (!gold) return true;
  if (!pred || pred.unit !== gold.unit) return false;
  const g = Array.isArray(gold.value) ? gold.value[1] : gold.value;
  const p = Array.isArray(pred.value) ? pred.value[1] : pred.value;
  return Math.abs(g - p) <= Math.abs(g) * 0.005 + 1e-9;
}

function sameKey(g: LeverKeyed, p: LeverKeyed): boolean {
  return g.instrument === p.instrument && g.imposer === p.imposer && g.target === p.target && g.good === p.good;
}

/** Pairs of gold and predicted index, one-to-one. */
export function matchLevers(gold: LeverKeyed[], pred: LeverKeyed[]): [number, number][] {
  const taken = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    let pick = -1;
    pred.forEach((p, pi) => {
      if (taken.has(pi) || !sameKey(g, p)) return;
      if (pick < 0 || (!magnitudeMatches(g.magnitude, pred[pick].magnitude) && magnitudeMatches(g.magnitude, p.magnitude))) pick = pi;
    });
    if (pick >= 0) { taken.add(pick); pairs.push([gi, pick]); }
  });
  return pairs;
}

/** Adds up the scores of several documents. */
export function scoreLevers(gold: LeverKeyed[], pred: LeverKeyed[]): LeverScore {
  const pairs = matchLevers(gold, pred);
  let withMagnitude = 0;
  let magnitudeRight = 0;
  for (const [gi, pi] of pairs) {
    if (!gold[gi].magnitude) continue;
    withMagnitude++;
    if (magnitudeMatches(gold[gi].magnitude, pred[pi].magnitude)) magnitudeRight++;
  }
  return finish({ gold: gold.length, predicted: pred.length, matched: pairs.length, withMagnitude, magnitudeRight });
}

/** Sums scores (of documents or languages) and recomputes the ratios. */
export function sumScores(scores: LeverScore[]): LeverScore {
  const t = { gold: 0, predicted: 0, matched: 0, withMagnitude: 0, magnitudeRight: 0 };
  for (const s of scores) {
    t.gold += s.gold; t.predicted += s.predicted; t.matched += s.matched;
    t.withMagnitude += s.withMagnitude; t.magnitudeRight += s.magnitudeRight;
  }
  return finish(t);
}

function finish(t: { gold: number; predicted: number; matched: number; withMagnitude: number; magnitudeRight: number }): LeverScore {
  return {
    ...t,
    recall: t.gold ? t.matched / t.gold : 1,
    precision: t.predicted ? t.matched / t.predicted : 1,
    magnitudeAccuracy: t.withMagnitude ? t.magnitudeRight / t.withMagnitude : 1,
  };
}
