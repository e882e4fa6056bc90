/**
 * Runs the whole engine over the corpora of ../shared/eval/corpora (German and English news) and hands
 * each result to a callback: shared by bench/plover-coverage.ts and bench/participants.ts.
 *
 * @example
 * forEachCorpusResult((corpus, r) => console.log(corpus, r.events.length));
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, Result } from '../src/contract/schema.js';
import { analyze } from '../src/pipeline/analyze.js';
import { sharedFile } from '../src/testing/shared.js';

interface Line { id: string; text: string; lang?: string | null; date?: string | null; title?: string | null }

/** Calls `fn` for every article's result; returns the corpus file names, or null without ../shared. */
export function forEachCorpusResult(fn: (corpus: string, r: Result) => void): string[] | null {
  const folder = sharedFile('eval/corpora');
  if (!folder) return null;
  const files = readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort();
  for (const f of files) {
    for (const line of readFileSync(join(folder, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as Line;
      const r = analyze({ id: a.id, text: a.text, lang: (a.lang === 'de' || a.lang === 'en' ? a.lang : null) as Lang | null, date: a.date ?? null, title: a.title ?? null });
      if ('events' in r) fn(f.replace(/\.jsonl$/, ''), r);
    }
  }
  return files;
}
