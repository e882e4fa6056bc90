/**
 * Maps an async source through an asynchronous function with at most `window` calls in flight
 * and yields the results in input order: the pool works ahead on up to `window` articles while
 * the caller writes, and a long corpus never piles up in memory (the source is read only as fast
 * as results are taken).
 *
 * @example
 * for await (const line of ordered(readSource(spec), (item) => pool.run(taskOf(item)), 16)) write(line);
 */

/** Results of `fn` over `source`, in source order, with at most `window` pending. */
export async function* ordered<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R> | R, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const size = Math.max(1, window);
  for await (const item of source) {
    const p = Promise.resolve(fn(item));
    p.catch(() => {}); // observed when its turn comes; no unhandled-rejection warning meanwhile
    pending.push(p);
    if (pending.length >= size) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
