/**
 * Ctrl-C (or SIGTERM) during a benchmark: the first one aborts `abort`, so the run stops and cleans up
 * what it made; a second one, after two seconds, quits at once with `quitMessage` (how to clean up by hand).
 * One Ctrl-C relayed twice by a wrapper (npm) within those two seconds counts once.
 */
export function abortOnSignals(abort: AbortController, quitMessage: string): void {
  let firstSignalAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!abort.signal.aborted) {
        firstSignalAt = Date.now();
        console.error(`\n${signal}: stopping and cleaning up (again to quit at once)...`);
        return abort.abort();
      }
      if (Date.now() - firstSignalAt < 2000) return;
      console.error(quitMessage);
      process.exit(130);
    });
  }
}
