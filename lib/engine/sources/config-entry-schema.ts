import { z } from 'zod';

const required = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`) });
const text = () => z.string(required('a string')).trim().min(1, 'must not be empty');
const flag = () => z.boolean(required('true or false'));

/** `tls` of an entry: paths to the client files (relative to the config file), as dockerd --tlsverify wants them. */
const tlsSchema = z.strictObject({ ca: text(), cert: text(), key: text(), verify: flag().optional() }, required('an object like {"ca": "ca.pem", "cert": "cert.pem", "key": "key.pem"}'));

/**
 * One entry of `engines` in the config file. Strict: an unknown field is a mistake worth naming
 * (a typo like "knownhosts" would otherwise silently leave the default in place).
 */
export const configEntrySchema = z.strictObject({
  name: text(),
  host: text().optional(),
  context: text().optional(),
  tls: tlsSchema.optional(),
  knownHosts: text().optional(),
  allowUnknownHostKey: flag().optional(),
  identity: text().optional(),
}, required('an object like {"name": "edge-1", "host": "unix:///var/run/docker.sock"}'));

export type ConfigEntry = z.infer<typeof configEntrySchema>;

/** The fields an entry may have, for the message about one it may not. */
export const CONFIG_ENTRY_FIELDS = Object.keys(configEntrySchema.shape);
