/**
 * The two app instances the e2e suite runs (see playwright.config.ts): one against the real engine,
 * one whose DOCKER_HOST points at a socket nobody listens on, for the unreachable-engine story.
 */
export const APP_PORT = 3210;
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;

export const NO_ENGINE_PORT = 3211;
export const NO_ENGINE_URL = `http://127.0.0.1:${NO_ENGINE_PORT}`;
/** Nothing is there: the second instance must show why it cannot reach an engine. */
export const NO_ENGINE_SOCKET = '/tmp/netatlas-e2e-no-engine.sock';
