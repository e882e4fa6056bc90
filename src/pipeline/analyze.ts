/**
 * One article in, one contract result out: detects language, fixes the article date, runs the
 * pipeline. Never throws for bad input: an unreadable article gives an ErrorResult.
 *
 * @example
 * const r = analyze({ text: 'Trump telefonierte am Freitag mit Xi.', date: '2025-09-25' });
 */
import { createHash } from 'node:crypto';
import type { ArticleIn, ErrorResult, Lang, Result } from '../contract/schema.js';
import { detectLang } from '../read/detect-lang.js';
import { FALLBACK_LANG, hasPack, languagePacks } from '../lang/packs.js';
import { createDoc, toResult } from '../doc/doc.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import type { PipelineContext } from './context.js';

export interface AnalyzeOptions extends Partial<PipelineContext> {
  /** overrides the article's language (else its field, else detection) */
  lang?: Lang;
  /** overrides the article date (else its field or header) */
  date?: string;
  /** the pipeline to run (default: every stage; with `registry`/`onActors`, every stage with that context) */
  pipeline?: Pipeline;
}

let defaultPipeline: Pipeline | undefined;

export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function analyze(article: ArticleIn, opts: AnalyzeOptions = {}): Result | ErrorResult {
  const id = article.id || contentId(article.text ?? '');
  if (typeof article.text !== 'string') {
    return { id, error: { code: 'bad-article', message: 'field "text" must be a string' } };
  }
  if (!article.text.trim()) return { id, error: { code: 'empty', message: 'the article has no text' } };
  const notes: { stage: string; message: string }[] = [];
  let lang: Lang | null = opts.lang ?? (typeof article.lang === 'string' && hasPack(article.lang) ? article.lang : null);
  if (!lang) {
    lang = detectLang(article.text);
    if (!lang) {
      lang = FALLBACK_LANG;
      const names = languagePacks().map((p) => p.name).join(' nor ');
      notes.push({ stage: 'read', message: `language not detected (neither ${names}?); analysed as ${lang}` });
    }
  }
  let date = opts.date ?? article.date ?? null;
  if (date && !DAY.test(date)) {
    notes.push({ stage: 'read', message: `ignored article date "${date}" (not YYYY-MM-DD)` });
    date = null;
  }
  const doc = createDoc({
    id, text: article.text, lang, date,
    title: article.title ?? null, url: article.url ?? null, source: article.source ?? null,
  });
  doc.diagnostics.push(...notes);
  const pipeline = opts.pipeline ?? (opts.registry || opts.onActors
    ? createPipeline(undefined, { registry: opts.registry, onActors: opts.onActors })
    : (defaultPipeline ??= createPipeline()));
  pipeline.run(doc);
  return toResult(doc);
}
