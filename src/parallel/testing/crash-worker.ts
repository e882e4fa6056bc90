/**
 * A pool worker for tests: serves tasks like the real one, but ends its thread abruptly
 * (process.exit inside a worker ends only that thread) on an article whose text contains
 * "CRASH-THIS-WORKER", and takes ~300 ms longer on one containing "SLOW-ARTICLE".
 *
 * @example
 * new AnalysisPool({ size: 2, module: new URL('./testing/crash-worker.ts', import.meta.url) });
 */
import { serveTasks } from '../worker.js';

serveTasks((task) => {
  const text = task.article.text ?? '';
  if (text.includes('CRASH-THIS-WORKER')) process.exit(3);
  if (text.includes('SLOW-ARTICLE')) {
    const until = Date.now() + 300;
    while (Date.now() < until); // busy: a slow analysis holds its thread
  }
});
