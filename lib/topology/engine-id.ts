/** The id of the engine named by DOCKER_HOST or the current Docker CLI context. */
export const DEFAULT_ENGINE_ID = 'default';

/** What an engine id may look like: a slug, safe in URLs, query strings and React keys. */
export const ENGINE_ID_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,62}$/;

/** Turns a configured name into an engine id (`DB Host #2` -> `db-host-2`); empty when nothing is left. */
export function toEngineId(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^[-_.]+|-+$/g, '').slice(0, 63);
}
