import { z } from 'zod';

/** `GET /api/ports?port=5432`: "who owns host port 5432?". Unknown parameters are refused. */
export const portsQuery = z.strictObject({
  port: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a port number from 1 to 65535')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, 'must be a port number from 1 to 65535')
    .optional(),
});
export type PortsQuery = z.infer<typeof portsQuery>;
