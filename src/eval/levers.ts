/**
 * `lagebild eval levers GOLD.jsonl [--json] [--errors]`: runs the whole engine on each passage of
 * a lever gold file (bench/levers/*.jsonl: {id, lang, date, text, levers: [{instrument, imposer,
 * target, good, magnitude}]}) and scores the levers (rules in src/levers/eval-score.ts):
 * recall and precision of instrument + imposer + target + good, magnitude accuracy on matched
 * levers whose gold has one; overall and per language.
 *
 * @example
 * lagebild eval levers bench/levers/dev.jsonl --errors
 */
import { readFileSync } from 'node:fs';
import { CliError } from '../cli/errors.js';
import type { Lever, Result } from '../contract/schema.js';
import { langOr } from '../lang/packs.js';
import { analyze } from '../pipeline/analyze.js';
import { defaultRegistry } from '../registry/starter.js';
import { matchLevers, scoreLevers, sumScores, type LeverKeyed, type LeverScore } from '../levers/eval-score.js';

interface GoldRow {
  id?: string;
  lang?: string;
  date?: string | null;
  text: string;
  levers: LeverKeyed[];
}

export interface LeverItem {
  id: string;
  lang: string;
  gold: LeverKeyed[];
  pred: LeverKeyed[];
  score: LeverScore;
}

export interface LeverEval {
  file: string;
  passages: number;
  overall: LeverScore;
  perLang: Record<string, LeverScore>;
  items: LeverItem[];
}

/** A gold party: an ISO3 code stays, a name ("EU") becomes the registry's canonical name. */
function goldParty(p: string | null): string | null {
  if (!p) return null;
  if (/^[A-Z]{3}$/.test(p)) return p;
  return defaultRegistry().lookup(p)?.name ?? p;
}

/** A predicted lever in the terms of the gold: country, else the actor's name. */
export function keyedLever(r: Result, l: Lever): LeverKeyed {
  const name = (ids: string[]) => (ids[0] ? r.actors.find((a) => a.id === ids[0])?.name ?? null : null);
  return {
    instrument: l.instrument,
    imposer: l.imposerCountry ?? name(l.imposer),
    target: l.targetCountry ?? name(l.target),
    good: l.good,
    magnitude: l.magnitude ? { value: l.magnitude.value, unit: l.magnitude.unit } : null,
  };
}

/** Reads the gold file, analyses every passage and scores it. */
export function evaluateLevers(path: string): LeverEval {
  const items: LeverItem[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let row: GoldRow;
    try { row = JSON.parse(line); } catch { throw new CliError(`${path}:${n + 1}: not JSON`); }
    if (typeof row?.text !== 'string' || !Array.isArray(row.levers)) throw new CliError(`${path}:${n + 1}: not a lever gold record (needs "text" and "levers")`);
    const lang = langOr(row.lang, 'en');
    const r = analyze({ id: row.id ?? `line-${n + 1}`, text: row.text, lang, date: row.date ?? null });
    if ('error' in r) throw new CliError(`${path}:${n + 1}: ${r.error.message}`);
    const gold = row.levers.map((g) => ({ ...g, imposer: goldParty(g.imposer), target: goldParty(g.target), good: g.good ?? null, magnitude: g.magnitude ?? null }));
    const pred = (r.levers ?? []).filter((l) => l.status !== 'negated').map((l) => keyedLever(r, l));
    items.push({ id: r.id, lang, gold, pred, score: scoreLevers(gold, pred) });
  });
  const langs = [...new Set(items.map((i) => i.lang))].sort();
  return {
    file: path,
    passages: items.length,
    overall: sumScores(items.map((i) => i.score)),
    perLang: Object.fromEntries(langs.map((l) => [l, sumScores(items.filter((i) => i.lang === l).map((i) => i.score))])),
    items,
  };
}

const pct = (x: number) => (100 * x).toFixed(1);
const fmt = (l: LeverKeyed) => `${l.instrument} ${l.imposer ?? '-'}>${l.target ?? '-'} ${l.good ?? '-'}${l.magnitude ? ` ${JSON.stringify(l.magnitude.value)} ${l.magnitude.unit}` : ''}`;

/** One line of figures. */
export function scoreLine(label: string, s: LeverScore): string {
  return `${label.padEnd(8)} gold ${s.gold}  predicted ${s.predicted}  matched ${s.matched}  recall ${pct(s.recall)}  precision ${pct(s.precision)}  magnitude ${s.magnitudeRight}/${s.withMagnitude} ${pct(s.magnitudeAccuracy)}`;
}

/** Misses and false levers of each passage, one line each. */
export function errorLines(ev: LeverEval): string[] {
  const out: string[] = [];
  for (const it of ev.items) {
    const pairs = matchLevers(it.gold, it.pred);
    const gi = new Set(pairs.map((p) => p[0]));
    const pi = new Set(pairs.map((p) => p[1]));
    it.gold.forEach((g, i) => { if (!gi.has(i)) out.push(`- ${it.id} missed ${fmt(g)}`); });
    it.pred.forEach((p, i) => { if (!pi.has(i)) out.push(`- ${it.id} false  ${fmt(p)}`); });
    for (const [g, p] of pairs) {
      if (it.gold[g].magnitude && JSON.stringify(it.gold[g].magnitude) !== JSON.stringify(it.pred[p].magnitude)) out.push(`- ${it.id} magnitude ${fmt(it.gold[g])} got ${fmt(it.pred[p])}`);
    }
  }
  return out;
}

/** CLI entry: prints the figures (or JSON with --json); --errors lists misses and false levers. */
export async function evaluate(goldPath: string, argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--json' && a !== '--errors');
  if (unknown.length) throw new CliError(`eval levers: unknown option ${unknown[0]} (known: --json, --errors)`);
  const ev = evaluateLevers(goldPath);
  if (argv.includes('--json')) {
    const { items: _items, ...figures } = ev;
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  }
  const lines = [`levers  ${goldPath}  (${ev.passages} passages)`, scoreLine('all', ev.overall),
    ...Object.entries(ev.perLang).map(([l, s]) => scoreLine(l, s))];
  if (argv.includes('--errors')) lines.push(...errorLines(ev));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
