/**
 * e2e: the real app (production build) against the real Docker engine, in Debian's Chromium.
 *
 * Two app instances: :3210 talks to DOCKER_HOST (the engine globalSetup builds the e2e topology on),
 * :3211 to a socket nobody listens on (the unreachable-engine story). Both run `scripts/start.mjs`,
 * which is `next start -H 127.0.0.1 -p PORT` after building when `.next` is missing or older than
 * the sources: webServers start before globalSetup, so that is the one place a stale build can be
 * caught. The first instance is ready before the second starts, so only one of them ever builds.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';
import { TEST_IMAGE } from './test/support/test-engine';
import { OUTPUT_DIR } from './e2e/support/e2e-run';
import { APP_PORT, APP_URL, NO_ENGINE_PORT, NO_ENGINE_SOCKET, NO_ENGINE_URL } from './e2e/support/servers';

/**
 * What every instance gets: loopback only, no extra allowed hosts (the Host check is under test), no
 * token (a developer's NETATLAS_TOKEN would otherwise lock the browser out) and not read-only.
 */
const serverEnv = (port: number) => ({
  HOST: '127.0.0.1', PORT: String(port), NETATLAS_ALLOWED_HOSTS: '', NETATLAS_TOKEN: '', NETATLAS_READ_ONLY: '',
  // Probes run the image the tests build from the host's busybox (nothing can be pulled here).
  NETATLAS_PROBE_IMAGE: TEST_IMAGE,
});

export default defineConfig({
  testDir: 'e2e',
  outputDir: `${OUTPUT_DIR}/e2e-artifacts`,
  // One engine and one app: specs run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // PLAYWRIGHT_JSON_OUTPUT_FILE / _NAME (as scripts/test.sh sets) override the JSON file.
  reporter: [['list'], ['json', { outputFile: `${OUTPUT_DIR}/e2e.json` }]],
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL: APP_URL,
    viewport: { width: 1600, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      name: 'app',
      command: 'node scripts/start.mjs',
      env: serverEnv(APP_PORT),
      url: `${APP_URL}/api/health`,
      reuseExistingServer: false,
      // A build from scratch takes a minute or two on two cores.
      timeout: 300_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    {
      name: 'no-engine',
      command: 'node scripts/start.mjs',
      env: { ...serverEnv(NO_ENGINE_PORT), DOCKER_HOST: `unix://${NO_ENGINE_SOCKET}` },
      url: `${NO_ENGINE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
