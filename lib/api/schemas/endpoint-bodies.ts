import { z } from 'zod';
import { containerRef, dnsAlias, ipv4Address } from './refs';

/** `POST /api/networks/{id}/connect`. */
export const connectBody = z.strictObject({
  container: containerRef,
  aliases: z.array(dnsAlias).max(16, 'at most 16 aliases').optional(),
  ipv4: ipv4Address.optional(),
});
export type ConnectBody = z.infer<typeof connectBody>;

/** `POST /api/networks/{id}/disconnect`. */
export const disconnectBody = z.strictObject({
  container: containerRef,
  force: z.boolean().optional(),
});
export type DisconnectBody = z.infer<typeof disconnectBody>;

/** `POST /api/networks/prune`: no options; an empty body or `{}`. */
export const pruneBody = z.strictObject({}).optional();
