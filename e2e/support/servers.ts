/**
 * The two app instances the e2e suite runs (see playwright.config.ts): one against the real engine,
 * one whose DOCKER_HOST points at a socket nobody listens on, for the unreachable-engine story.
 */
/** NETATLAS_E2E_PORT moves both instances (port and port + 1), so two checkouts can run e2e at once. */
export const APP_PORT = Number(process.env.NETATLAS_E2E_PORT || 3210);
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;

export const NO_ENGINE_PORT = APP_PORT + 1;
export const NO_ENGINE_URL = `http://127.0.0.1:${NO_ENGINE_PORT}`;
/** Nothing is there: the second instance must show why it cannot reach an engine. */
export const NO_ENGINE_SOCKET = '/tmp/netatlas-e2e-no-engine.sock';
