import { z } from 'zod';
import type { Assert, Equals } from '../topology/topology-schema';
import type { Diagnostic } from './diagnostic-types';

/**
 * The zod schema of the doctor's findings ({@link Diagnostic}), for what netatlas reads back from a
 * snapshot file: strict like the topology's (the doctor builds every object with exactly these
 * fields), kept in step with diagnostic-types.ts by the compile-time check at the end.
 */
const subject = z.strictObject({ kind: z.enum(['container', 'network']), id: z.string(), name: z.string() });

const fixStep = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('create-network'), name: z.string() }),
  z.strictObject({ action: z.literal('connect'), network: z.string(), container: z.string(), aliases: z.array(z.string()).optional() }),
  z.strictObject({ action: z.literal('disconnect'), network: z.string(), container: z.string() }),
  z.strictObject({ action: z.literal('remove-network'), network: z.string() }),
]);

export const diagnosticSchema = z.strictObject({
  rule: z.enum([
    'name_on_default_bridge', 'localhost_to_other', 'via_published_port', 'datastore_on_all_interfaces',
    'host_port_conflict', 'empty_network', 'no_user_network', 'frontend_reaches_datastore', 'unprotected_gateway',
  ]),
  engineId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  subjects: z.array(subject),
  message: z.string(),
  fix: z.strictObject({ text: z.string(), steps: z.array(fixStep).optional() }),
});

type InStep = Assert<Equals<z.infer<typeof diagnosticSchema>, Diagnostic>>;
