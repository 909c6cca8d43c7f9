import 'server-only';
import '../../scripts/peer-stamp.cjs';
import { tokenProblem } from '../../scripts/token-rule.cjs';

/**
 * What instrumentation.ts runs in the Node runtime when Next loads the app, however the server was
 * started: importing the peer-address stamp installs it (proxy.ts answers only loopback peers without a
 * token, and counts failed tokens per address), and a token too short to resist guessing stops the server.
 */
export function checkServerStart(): void {
  const problem = tokenProblem(process.env.NETATLAS_TOKEN);
  if (problem) {
    console.error(`netatlas: ${problem}`);
    process.exit(1);
  }
}
