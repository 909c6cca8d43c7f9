/**
 * Runs `fn` over `items`, at most `concurrency` at a time (so many inspects in flight, not a thousand at
 * once); rejects with the first failure.
 */
export async function eachAtMost<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
