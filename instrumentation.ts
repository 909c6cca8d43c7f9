/**
 * Runs once when Next loads the app, however the server was started (`npm start`, `next start`,
 * `next dev`); the work is in lib/api/server-start.ts, loaded only in the Node runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkServerStart } = await import('./lib/api/server-start');
  checkServerStart();
}
