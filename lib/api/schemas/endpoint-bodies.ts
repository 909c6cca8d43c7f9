import { z } from 'zod';
import { apiAtLeast } from '../../topology/api-versions';
import type { EngineInfo } from '../../topology/types';
import { containerRef, dnsAlias, ipAddress, ipv4Address } from './refs';

const IPV6 = 'must be an IPv6 address like fd00:db8::9';

/**
 * An IPv6 address (never a zone id, brackets or spaces), given back in its canonical form (RFC 5952),
 * as the engine writes it: what the user typed compares equal to what `docker inspect` shows.
 */
export const ipv6Address = z
  .string()
  .max(45, IPV6)
  .refine((s) => s.includes(':') && ipAddress.safeParse(s).success, IPV6)
  .transform((s) => ipAddress.parse(s));

/**
 * The engine takes any Go int as `GwPriority`; the bound keeps the number exact in JSON and JavaScript
 * and catches typos (the rule is only "highest wins", so a few levels either side of 0 are all anyone uses).
 */
export const GW_PRIORITY_LIMIT = 1000;

/** `POST /api/networks/{id}/connect`. */
export const connectBody = z.strictObject({
  container: containerRef,
  aliases: z.array(dnsAlias).max(16, 'at most 16 aliases').optional(),
  ipv4: ipv4Address.optional(),
  ipv6: ipv6Address.optional(),
  gwPriority: z
    .number('must be a whole number')
    .int('must be a whole number')
    .min(-GW_PRIORITY_LIMIT, `must be between -${GW_PRIORITY_LIMIT} and ${GW_PRIORITY_LIMIT}`)
    .max(GW_PRIORITY_LIMIT, `must be between -${GW_PRIORITY_LIMIT} and ${GW_PRIORITY_LIMIT}`)
    .optional(),
});
export type ConnectBody = z.infer<typeof connectBody>;

/** A request field that an older engine would silently ignore, and the API version that brought it. */
export interface ApiNeed {
  api: string;
  /** The release in words, for people: `Docker Engine 28`. */
  release: string;
}

/** `GwPriority` on connect: API 1.48 (Engine 28). An older engine ignores it without a word. */
export const GW_PRIORITY_NEEDS: ApiNeed = { api: '1.48', release: 'Docker Engine 28' };

/**
 * Why `what` cannot be asked of this engine, in words naming both versions, or null when it can.
 * Decided from the version netatlas speaks with the engine (`apiVersion`): a field of a newer API
 * is never honoured, whatever the engine itself could speak.
 */
export function tooOldFor(what: string, need: ApiNeed, engine: Pick<EngineInfo, 'apiVersion' | 'serverVersion'>): string | null {
  if (apiAtLeast(engine.apiVersion, need.api)) return null;
  return `${what} needs ${need.release} (API ${need.api}); this engine speaks API ${engine.apiVersion} (Docker ${engine.serverVersion}).`;
}

/** What in a connect body this engine cannot honour, in words; null when it can do all of it. */
export function connectTooNew(body: Pick<ConnectBody, 'gwPriority'>, engine: Pick<EngineInfo, 'apiVersion' | 'serverVersion'>): string | null {
  return body.gwPriority === undefined ? null : tooOldFor('gwPriority', GW_PRIORITY_NEEDS, engine);
}

/** `POST /api/networks/{id}/disconnect`. */
export const disconnectBody = z.strictObject({
  container: containerRef,
  force: z.boolean().optional(),
});
export type DisconnectBody = z.infer<typeof disconnectBody>;

/** `POST /api/networks/prune`: no options; an empty body or `{}`. */
export const pruneBody = z.strictObject({}).optional();
