/** Codes {@link SshHostKeyError} carries; engine-errors recognises the `SSH_HOST_KEY_` prefix. */
export type SshHostKeyCode = 'SSH_HOST_KEY_UNKNOWN' | 'SSH_HOST_KEY_MISMATCH' | 'SSH_HOST_KEY_REVOKED';

/**
 * An SSH server's host key was refused. `message` and `hint` are safe to show: they name the host,
 * the key's type and SHA256 fingerprint and the known_hosts file, never a secret.
 */
export class SshHostKeyError extends Error {
  constructor(readonly code: SshHostKeyCode, message: string, readonly hint: string) {
    super(message);
    this.name = 'SshHostKeyError';
  }
}
