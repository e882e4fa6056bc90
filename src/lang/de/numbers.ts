/**
 * German number words: compounds written as one word ("dreiundzwanzig", "zweihundertfünfzig",
 * "zweieinhalb"), read from the parts in lexicons/de/number-words.tsv.
 *
 * @example
 * germanNumberWord('dreiundzwanzig', words); // 23 (words: the pack's number-word lookup)
 */
import type { NumberWords } from '../pack.js';

// role lists of the lookups, allocated once (lookups run on every word token)
const R_CARDINAL: readonly string[] = ['one', 'teen', 'ten'];
const R_ONES: readonly string[] = ['one', 'one-compound'];
const R_TEN: readonly string[] = ['ten'];

function below100(s: string, w: NumberWords): number | null {
  const direct = w.lookup(s, R_CARDINAL);
  if (direct !== null) return direct;
  const u = s.indexOf('und');
  if (u <= 0) return null;
  const one = w.lookup(s.slice(0, u), R_ONES);
  const ten = w.lookup(s.slice(u + 3), R_TEN);
  return one !== null && ten !== null && one < 10 ? one + ten : null;
}

function below1000(s: string, w: NumberWords): number | null {
  const h = s.indexOf('hundert');
  if (h < 0) return below100(s, w);
  const left = s.slice(0, h);
  const right = s.slice(h + 7);
  const l = left ? w.lookup(left, R_ONES) : 1;
  const r = right ? below100(right, w) : 0;
  return l !== null && r !== null ? l * 100 + r : null;
}

/** Value of a German cardinal number word (compounds and "…einhalb" included), else null. */
export function germanNumberWord(s: string, w: NumberWords): number | null {
  // "zweieinhalb" = 2.5: a whole number followed by a half suffix from the lexicon.
  for (const [half, value] of w.halves()) {
    if (s.length > half.length && s.endsWith(half)) {
      const whole = germanNumberWord(s.slice(0, -half.length), w);
      return whole === null ? null : whole + value;
    }
  }
  const t = s.indexOf('tausend');
  if (t < 0) return below1000(s, w);
  const left = s.slice(0, t);
  const right = s.slice(t + 7);
  const l = left ? below1000(left, w) : 1;
  const r = right ? below1000(right, w) : 0;
  return l !== null && r !== null ? l * 1000 + r : null;
}
