import { createHmac } from 'node:crypto';

/** One key a known_hosts file holds for a host. */
export interface KnownHostKey {
  /** 1-based line number, for messages that send the reader to the file. */
  line: number;
  /** The key type written on the line, e.g. `ssh-ed25519`. */
  keyType: string;
  /** The key in SSH wire format (what the server sends during key exchange). */
  key: Buffer;
  /** Marked `@revoked`: this key must never be accepted. */
  revoked: boolean;
}

/** The name OpenSSH looks up: `host` on port 22, `[host]:port` elsewhere, lower-cased. */
export function knownHostsName(host: string, port: number): string {
  const name = host.toLowerCase();
  return port === 22 ? name : `[${name}]:${port}`;
}

/** `|1|salt|hash` (ssh-keygen -H): HMAC-SHA1 of the name, keyed with the salt. */
function hashedMatch(field: string, name: string): boolean {
  const [, , salt, hash] = field.split('|');
  if (!salt || !hash) return false;
  const digest = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest();
  return digest.equals(Buffer.from(hash, 'base64'));
}

function globMatch(pattern: string, name: string): boolean {
  const source = pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(name);
}

/** A comma-separated host list with `*`/`?` wildcards; one matching `!pattern` excludes the name. */
function hostsMatch(field: string, name: string): boolean {
  if (field.startsWith('|1|')) return hashedMatch(field, name);
  let matched = false;
  for (const pattern of field.split(',')) {
    if (pattern.startsWith('!')) {
      if (globMatch(pattern.slice(1), name)) return false;
    } else if (globMatch(pattern, name)) {
      matched = true;
    }
  }
  return matched;
}

/** The type written inside a wire-format key (its first SSH string), or null when it is not one. */
export function wireKeyType(key: Buffer): string | null {
  if (key.length < 4) return null;
  const length = key.readUInt32BE(0);
  return length > 0 && 4 + length <= key.length ? key.subarray(4, 4 + length).toString('latin1') : null;
}

function parseLine(text: string, line: number): { hosts: string; entry: KnownHostKey } | null {
  const tokens = text.trim().split(/\s+/);
  if (!tokens[0] || tokens[0].startsWith('#')) return null;
  let revoked = false;
  if (tokens[0].startsWith('@')) {
    // @cert-authority lines trust a CA, not a key: netatlas does not check host certificates.
    if (tokens[0] !== '@revoked') return null;
    revoked = true;
    tokens.shift();
  }
  const [hosts, keyType, base64] = tokens;
  if (!hosts || !keyType || !base64) return null;
  const key = Buffer.from(base64, 'base64');
  // A line whose key does not say the type written before it is damaged: it must not match anything.
  if (wireKeyType(key) !== keyType) return null;
  return { hosts, entry: { line, keyType, key, revoked } };
}

/**
 * The keys a known_hosts file (OpenSSH format) holds for `host:port`: plain names, `[host]:port`,
 * wildcard patterns with negation, hashed `|1|salt|hash` names, and `@revoked` lines.
 */
export function findKnownHostKeys(content: string, host: string, port: number): KnownHostKey[] {
  const name = knownHostsName(host, port);
  const found: KnownHostKey[] = [];
  content.split(/\r?\n/).forEach((text, i) => {
    const parsed = parseLine(text, i + 1);
    if (parsed && hostsMatch(parsed.hosts, name)) found.push(parsed.entry);
  });
  return found;
}
