import { z } from 'zod';
import { containerRef } from './refs';

/**
 * `POST /api/probe` {from, to, port?, protocol?}. A port means TCP unless said otherwise; no port
 * means ICMP (ping). TCP without a port, or ICMP with one, is refused rather than guessed.
 */
export const probeBody = z
  .strictObject({
    from: containerRef,
    to: containerRef,
    port: z.number().int('must be a whole number').min(1, 'must be a port number from 1 to 65535').max(65535, 'must be a port number from 1 to 65535').optional(),
    protocol: z.enum(['tcp', 'icmp'], 'must be "tcp" or "icmp"').optional(),
  })
  .superRefine((body, ctx) => {
    if (body.protocol === 'tcp' && body.port === undefined) ctx.addIssue({ code: 'custom', path: ['port'], message: 'is required for a TCP probe' });
    if (body.protocol === 'icmp' && body.port !== undefined) ctx.addIssue({ code: 'custom', path: ['port'], message: 'has no meaning for an ICMP probe (ping); leave it out' });
  })
  .transform((body) => ({
    from: body.from,
    to: body.to,
    protocol: body.protocol ?? (body.port === undefined ? 'icmp' : 'tcp'),
    port: body.port ?? null,
  }));
export type ProbeBody = z.output<typeof probeBody>;
