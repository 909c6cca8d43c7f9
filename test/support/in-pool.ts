/** Runs `fn` over `items`, `concurrency` at a time; stops scheduling on the first failure or on abort. */
export async function inPool<T>(items: T[], concurrency: number, signal: AbortSignal, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < items.length && failure === null && !signal.aborted) await fn(items[next++]).catch((err) => { failure ??= err; });
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure !== null) throw failure;
  if (signal.aborted) throw new Error('interrupted');
}
