import { compareApiVersions } from '../topology/api-versions';

/**
 * Engine API versions netatlas speaks. The tests run against Engine 20.10 (API 1.41) and Engine 28.5
 * (API 1.51, started with Engine 29's floor of 1.44), so 1.51 is the ceiling: a newer engine (29 speaks
 * 1.52) is spoken to at 1.51, which it still accepts, in shapes netatlas was tested with.
 */
export const MAX_TESTED_API_VERSION = '1.51';
/** Oldest API whose network and container shapes netatlas understands (Docker 1.13). */
export const MIN_API_VERSION = '1.25';

const VERSION = /^\d+\.\d+$/;

/** What the engine says of itself in `GET /version`. */
export interface EngineApiRange {
  /** `ApiVersion`: the newest API the engine speaks. */
  apiVersion: string;
  /** `MinAPIVersion`: the oldest it accepts (1.44 on Engine 29); absent on very old engines. */
  minApiVersion?: string;
}

export type Negotiation =
  | { ok: true; version: string }
  | { ok: false; reason: 'unreadable' | 'engine_too_old' | 'engine_too_new'; message: string };

/**
 * The version to speak: the newest both sides know (the lower of the engine's newest and the highest
 * tested), never below the engine's minimum. An engine whose minimum is above the highest tested
 * version is refused rather than spoken to in shapes netatlas was never tested with.
 */
export function negotiateApiVersion(engine: EngineApiRange): Negotiation {
  const { apiVersion, minApiVersion } = engine;
  if (!VERSION.test(apiVersion)) return { ok: false, reason: 'unreadable', message: `The engine reports API version "${apiVersion}", which netatlas cannot read.` };
  if (compareApiVersions(apiVersion, MIN_API_VERSION) < 0) {
    return { ok: false, reason: 'engine_too_old', message: `The engine speaks API ${apiVersion}; netatlas needs ${MIN_API_VERSION} or newer.` };
  }
  const version = compareApiVersions(apiVersion, MAX_TESTED_API_VERSION) < 0 ? apiVersion : MAX_TESTED_API_VERSION;
  if (minApiVersion && VERSION.test(minApiVersion) && compareApiVersions(version, minApiVersion) < 0) {
    return {
      ok: false,
      reason: 'engine_too_new',
      message: `The engine accepts API ${minApiVersion} or newer; netatlas is tested up to ${MAX_TESTED_API_VERSION}.`,
    };
  }
  return { ok: true, version };
}

/**
 * True for the engine's refusal of the API version a request was made with ("client version 1.41 is too
 * old. Minimum supported API version is 1.44", or "… is too new"): the engine changed under a running
 * server (upgraded, or restarted with another minimum), so the version must be negotiated again.
 */
export function isVersionRefusal(status: number | undefined, message: string): boolean {
  return status === 400 && /client version \S+ is too (old|new)/i.test(message);
}
