/**
 * Removes what crashed test runs left on the engine: containers and networks labelled
 * `netatlas.test` whose creating process is gone (see removeLeftovers). Resources of runs still in
 * progress (another suite, a benchmark) and anything without the label are left alone.
 * Used by scripts/test.sh before and after the tests.
 */
import { TEST_LABEL, engine, removeLeftovers } from '../test/support/test-engine';

async function main(): Promise<void> {
  const r = await removeLeftovers(engine());
  const kept = r.kept ? `; kept ${r.kept} resource(s) of runs still in progress` : '';
  console.log(`removed ${r.containers} container(s) and ${r.networks} network(s) labelled ${TEST_LABEL}${kept}`);
}

main().catch((err) => {
  console.error(`could not remove ${TEST_LABEL} leftovers: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
