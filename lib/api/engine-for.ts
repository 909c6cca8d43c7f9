import 'server-only';
import type { Audit } from './mutation';
import { engineParam } from './engine-param';
import type { EngineClient } from '../engine/engine-client';
import type { AtlasMember } from '../engine/atlas/atlas-member';
import { servedAtlas } from '../usecases/snapshot/served-atlas';

/**
 * The engine a request's `?engine=` names (optional while only one engine is configured). Resolved
 * from the configuration alone: an unknown or malformed engine is refused before any engine call.
 * Adds the engine to the audit line when one was named.
 */
export function engineFor(request: Request, audit?: Audit): EngineClient {
  return memberFor(request, audit).client;
}

/** Same as {@link engineFor}, with the engine's id (for what is read from it). */
export function memberFor(request: Request, audit?: Audit): AtlasMember & { client: EngineClient } {
  const id = engineParam(request);
  const member = servedAtlas().member(id);
  if (audit && id) audit.target = `${audit.target},engine=${member.id}`;
  return member;
}
