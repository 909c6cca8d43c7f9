import { z } from 'zod';

/** `GET /api/topology?at=2026-12-06T20:10:00Z`: the map as it was then. Unknown parameters are refused. */
export const topologyQuery = z.strictObject({
  at: z.iso
    .datetime({ offset: true, error: 'must be a time like 2026-12-06T20:10:00Z (ISO 8601, with Z or an offset)' })
    .transform((t) => Date.parse(t))
    .optional(),
});
export type TopologyQuery = z.infer<typeof topologyQuery>;
