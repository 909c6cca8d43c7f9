import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { checkHostKey } from './check-host-key';
import { knownHostsName, wireKeyType } from './known-hosts';
import { SshHostKeyError } from './ssh-host-key-error';

export interface HostKeyPolicy {
  host: string;
  port: number;
  knownHostsFile: string;
  /** Accept a key when known_hosts has none for the host. A mismatching key is refused regardless. */
  allowUnknownHostKey: boolean;
}

/** `SHA256:…` as `ssh-keygen -l` and `ssh` print it, so a reader can compare it with theirs. */
function fingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

function readKnownHosts(file: string): { content: string; missing: boolean } {
  try {
    return { content: fs.readFileSync(file, 'utf8'), missing: false };
  } catch {
    return { content: '', missing: true };
  }
}

/**
 * An ssh2 `hostVerifier` that checks the server's key against known_hosts on every connection (so an
 * edited file counts without a restart). A refused key throws {@link SshHostKeyError}: ssh2 turns
 * anything thrown during key exchange into the connection's error, which docker-modem hands to the
 * request, so the caller learns why. Returning false would only give "Host denied (verification failed)".
 */
export function sshHostVerifier(policy: HostKeyPolicy): (key: Buffer) => boolean {
  return (key) => {
    const { host, port, knownHostsFile: file } = policy;
    const { content, missing } = readKnownHosts(file);
    const result = checkHostKey(content, host, port, key);
    if (result.verdict === 'known') return true;
    const shown = `${knownHostsName(host, port)} (${wireKeyType(key) ?? 'unknown type'} ${fingerprint(key)})`;
    if (result.verdict === 'unknown') {
      if (policy.allowUnknownHostKey) return true;
      const scan = `ssh-keyscan ${port === 22 ? '' : `-p ${port} `}${host} >> ${file}`;
      throw new SshHostKeyError(
        'SSH_HOST_KEY_UNKNOWN',
        `The SSH host key of ${shown} is not in ${file}${missing ? ' (the file does not exist or cannot be read)' : ''}: netatlas cannot tell the host from an impostor.`,
        `Compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then add it: ${scan}. Or set "allowUnknownHostKey": true on this engine in the netatlas config.`,
      );
    }
    if (result.verdict === 'revoked') {
      throw new SshHostKeyError(
        'SSH_HOST_KEY_REVOKED',
        `The SSH host key of ${shown} is marked @revoked in ${file} (line ${result.line}). netatlas refuses it.`,
        'Someone revoked this key on purpose: ask the host\'s owner which key it should present now.',
      );
    }
    throw new SshHostKeyError(
      'SSH_HOST_KEY_MISMATCH',
      `The SSH host key of ${shown} does not match the one in ${file} (line ${result.line}): the host was reinstalled, or someone is intercepting the connection. netatlas refuses it.`,
      `If the change is expected, remove the old key (ssh-keygen -R '${knownHostsName(host, port)}' -f ${file}) and add the new one after checking its fingerprint.`,
    );
  };
}
