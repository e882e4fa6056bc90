/**
 * Bench corpora: the articles of ../shared/eval/corpora, round-robin over the files, repeated with
 * deterministic mutations when more articles are asked for than the files hold (so that the
 * repeats are new articles to the store: another hash, a near-duplicate of the original).
 * Shared by bench/ingest-speed.ts and bench/ingest-100k.ts.
 *
 * @example
 * const n = await writeCorpus('/tmp/c.jsonl', 12_000); // 12,000 lines; returns the distinct base count
 */
import { once } from 'node:events';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedFile } from '../src/testing/shared.js';

export interface CorpusArticle { id: string; text: string; lang?: string; date?: string | null; title?: string | null }

/** A deterministic mutation of `text` for repeat `r`: header, a dropped word, two swapped words. */
export function mutate(text: string, r: number): string {
  if (r === 0) return text;
  const words = text.split(' ');
  const k = (r * 7919) % Math.max(words.length, 1);
  words.splice(k, 1);
  const j = (r * 104729) % Math.max(words.length - 1, 1);
  [words[j], words[j + 1]] = [words[j + 1], words[j]];
  return `Agenturmeldung ${r} (bearbeitet)\n${words.join(' ')}`;
}

/** The corpus articles interleaved file by file (first of each file, second of each, …); null without ../shared. */
export function baseArticles(): CorpusArticle[] | null {
  const folder = sharedFile('eval/corpora');
  if (!folder) return null;
  const lists = readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort()
    .map((f) => readFileSync(join(folder, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CorpusArticle));
  const out: CorpusArticle[] = [];
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

/** Writes `n` articles as JSON Lines to `file` (repeats mutated); returns the number of distinct base articles, or null without ../shared. */
export async function writeCorpus(file: string, n: number): Promise<number | null> {
  const base = baseArticles();
  if (!base) return null;
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const a = base[i % base.length];
    const r = Math.floor(i / base.length);
    const line = `${JSON.stringify(r ? { ...a, id: `${a.id}-r${r}`, text: mutate(a.text, r) } : a)}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return base.length;
}
