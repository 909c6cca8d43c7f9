/** Builds the busybox test image (FROM scratch, no registry) unless it exists. Used by scripts/test.sh. */
import { TEST_IMAGE, engine, ensureImage } from '../test/support/test-engine';

async function main(): Promise<void> {
  const started = Date.now();
  await ensureImage(engine());
  console.log(`test image ${TEST_IMAGE} ready (${Date.now() - started} ms)`);
}

main().catch((err) => {
  console.error(`could not build ${TEST_IMAGE}: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
