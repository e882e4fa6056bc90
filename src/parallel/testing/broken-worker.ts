/**
 * A pool worker for tests that fails while loading (as a missing module would).
 *
 * @example
 * new AnalysisPool({ size: 1, module: new URL('./testing/broken-worker.ts', import.meta.url) });
 */
throw new Error('this worker module cannot load');
