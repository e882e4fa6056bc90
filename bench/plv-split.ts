/**
 * The English single-sentence set (../shared/eval/en-events/plv-train.jsonl) scored on its even and
 * odd lines separately (rules are developed on the errors of the even lines only; the odd lines are
 * the check), plus the whole file; `--dump FILE` writes one TSV line per sentence (line, half, gold
 * type, predicted type, right) to compare two versions of the engine. Writes bench/results/plv-split.md.
 *
 * Usage: node --import tsx bench/plv-split.ts [--dump /tmp/plv.tsv] [--errors even]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateSentences } from '../src/eval/events.js';
import { judgeSentence, scoreSentences } from '../src/events/eval-score.js';
import { sharedFile, SHARED_MISSING } from '../src/testing/shared.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
const pct = (x: number) => (100 * x).toFixed(1);

function main(): void {
  const plv = sharedFile('eval/en-events/plv-train.jsonl');
  if (!plv) { console.log(SHARED_MISSING); return; }
  const { items } = evaluateSentences(plv);
  const even = items.filter((_, i) => i % 2 === 0);
  const odd = items.filter((_, i) => i % 2 === 1);
  const [all, e, o] = [items, even, odd].map((xs) => scoreSentences(xs));
  const args = process.argv.slice(2);
  const dump = args.indexOf('--dump');
  if (dump >= 0) {
    const yieldLabels = items.some((x) => x.type === 'YIELD');
    const lines = items.map((x, i) => {
      const j = judgeSentence(x, yieldLabels);
      return [i, i % 2 ? 'odd' : 'even', x.type, j.predicted ?? '-', j.right ? 1 : 0, x.text.replace(/\s+/g, ' ')].join('\t');
    });
    writeFileSync(args[dump + 1], `${lines.join('\n')}\n`);
  }
  const md = [
    '# plv-train, even and odd lines', '',
    `Measured ${new Date().toISOString()} with \`node --import tsx bench/plv-split.ts\` (scoring: src/events/eval-score.ts, strict).`,
    'English rules are developed on the errors of the even lines only; the odd lines are the held-out check.', '',
    '| lines | sentences | right | accuracy | macro-F1 |', '|---|---:|---:|---:|---:|',
    ...([['all', all, items.length], ['even', e, even.length], ['odd', o, odd.length]] as const)
      .map(([name, s, n]) => `| ${name} | ${n} | ${s.right} | ${pct(s.accuracy)} | ${pct(s.macroF1)} |`),
    '',
    'History (issue 13): before the PLOVER coding stage the file scored 66.2 (660 right; even 65.3, odd 67.3).',
    'The manual\'s rules the issue asks for cost 16 sentences where this gold disagrees with the manual',
    '(imposed sanctions: COERCE in the gold, SANCTION in the manual, 8; announced releases and disarmament:',
    'AGREE in the gold, CONCEDE in the manual, 8); 3 more went with events whose both sides were phrases',
    '(no participant). English patterns developed on the even lines (agreements reached or agreed: SUPPORT;',
    'ending or calling off a strike or boycott: CONCEDE; orders to jail or suspend: COERCE; investigations',
    'and complaints: ACCUSE) won back 17, no odd line lost.',
    'Session 4 (from 66.0: even 66.3, odd 66.1): English constructions studied on the even lines only (blockades,',
    'arrest warrants and prison sentences, military operations against someone, aid for a place, returns to a recipient,',
    'mobilisation against someone, concessions to demands, authorisations, reinstatements, "held responsible",',
    '"called X to discuss"), nouns with their actor after "by", bare plurals as participants ("will not release prisoners"),',
    'domestic events of an unnamed group against its own state, coordinated subjects of acts done together as partners.',
    '',
  ].join('\n');
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'plv-split.md'), md);
  console.log(md);
}

main();
