/**
 * Event figures of the engine (all stages) by the rules of CONTRACT.md: the seed article
 * (../shared/seed/gold.json: recall of required events, precision, date/mode/status accuracy) and
 * the single-sentence PLV set (../shared/eval/en-events/plv-train.jsonl: strict macro-F1) and the German
 * article set (../shared/eval/de-events/dev.jsonl: recall of required events, precision, date and status
 * accuracy, recall per type) for its even lines (studied), its odd lines (held out) and all.
 * Writes bench/results/events.json and events.md. Skips (exit 0) when ../shared is absent.
 *
 * Usage: node --import tsx bench/events-eval.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateArticle, evaluateArticleLines, evaluateSentences, type ArticlesScore } from '../src/eval/events.js';
import { sharedFile, SHARED_MISSING } from '../src/testing/shared.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const pct = (x: number) => (100 * x).toFixed(1);

/** The German article section: one row per half, then recall per type. */
function deSection(de: Record<'even' | 'odd' | 'all', ArticlesScore>): string[] {
  const halves = ['even', 'odd', 'all'] as const;
  const types = [...new Set(halves.flatMap((h) => Object.keys(de[h].perType)))].sort();
  return [
    '## German articles (../shared/eval/de-events/dev.jsonl, 96 Wikinews articles)', '',
    'Only the even lines (0-based) were studied while writing rules; the odd lines are the held-out check.', '',
    '| lines | articles | required | found | recall | predicted (not negated) | right | precision | matched | date acc. | mode acc. | status acc. |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...halves.map((h) => { const s = de[h]; return `| ${h} | ${s.articles} | ${s.required} | ${s.requiredFound} | **${pct(s.recall)}** | ${s.predicted} | ${s.predictedRight} | **${pct(s.precision)}** | ${s.matched} | ${pct(s.dateAccuracy)} | ${pct(s.modeAccuracy)} | ${pct(s.statusAccuracy)} |`; }), '',
    'Recall of required events per type (the gold event\'s first type), found/required:', '',
    '| type | even | odd | all |', '|---|---:|---:|---:|',
    ...types.map((t) => `| ${t} | ${halves.map((h) => { const x = de[h].perType[t]; return x ? `${x.found}/${x.required}` : '-'; }).join(' | ')} |`), '',
  ];
}

function main(): void {
  const seed = sharedFile('seed/gold.json');
  const plv = sharedFile('eval/en-events/plv-train.jsonl');
  if (!seed || !plv) { console.log(SHARED_MISSING); return; }
  const t0 = performance.now();
  const article = evaluateArticle(seed, JSON.parse(readFileSync(seed, 'utf8'))).score;
  const sentences = evaluateSentences(plv).score;
  const deFile = sharedFile('eval/de-events/dev.jsonl');
  const de = deFile ? {
    even: evaluateArticleLines(deFile, 'even').score,
    odd: evaluateArticleLines(deFile, 'odd').score,
    all: evaluateArticleLines(deFile, 'all').score,
  } : null;
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const result = {
    measured: new Date().toISOString(),
    command: 'node --import tsx bench/events-eval.ts (same figures: lagebild eval events GOLD --json)',
    seed: { file: 'seed/gold.json', ...article },
    plvTrain: { file: 'eval/en-events/plv-train.jsonl', ...sentences },
    deEvents: de ? { file: 'eval/de-events/dev.jsonl', studied: 'even lines (0-based)', heldOut: 'odd lines', ...de } : null,
    seconds,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'events.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    '# Event figures', '',
    `Measured ${result.measured} with \`node --import tsx bench/events-eval.ts\` (the same figures as \`lagebild eval events GOLD\`); scoring by CONTRACT.md as implemented in src/events/eval-score.ts.`, '',
    '## Seed article (../shared/seed/gold.json)', '',
    '| required | found | recall | predicted (not negated) | right | precision | matched | date acc. | mode acc. | status acc. |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${article.required} | ${article.requiredFound} | ${pct(article.recall)} | ${article.predicted} | ${article.predictedRight} | ${pct(article.precision)} | ${article.matched} | ${pct(article.dateAccuracy)} | ${pct(article.modeAccuracy)} | ${pct(article.statusAccuracy)} |`, '',
    `Missed required events: ${article.missed.join(', ') || 'none'}; false positives: ${article.falsePositives.join(', ') || 'none'}.`, '',
    '## Single sentences (../shared/eval/en-events/plv-train.jsonl, strict: source and target spans must overlap)', '',
    `${sentences.sentences} sentences, ${sentences.right} right (accuracy ${pct(sentences.accuracy)}), **macro-F1 ${pct(sentences.macroF1)}**.`, '',
    '| type | gold | predicted | right | P | R | F1 |', '|---|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(sentences.perType).map(([t, s]) => `| ${t} | ${s.gold} | ${s.predicted} | ${s.right} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`), '',
    'The train file was studied for which words trigger which PLOVER type and which phrases are marked as participants;',
    'patterns are general word lists (lexicons/en/event-patterns.tsv), no sentence of the file is in the repository.',
    'A held-out set of the same kind will score lower than this figure.', '',
    ...(de ? deSection(de) : []),
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'events.md'), md);
  console.log(md);
}

main();
