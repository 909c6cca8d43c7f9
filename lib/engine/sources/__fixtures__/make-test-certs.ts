import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Why test certificates cannot be made here, or null when openssl is on the PATH. */
export function opensslMissing(): string | null {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'openssl is not installed';
  }
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function signed(dir: string, name: string, ca: string, ext: string): void {
  openssl(dir, ['req', ...EC, '-keyout', `${name}-key.pem`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
  fs.writeFileSync(path.join(dir, `${name}.ext`), ext);
  openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}-key.pem`, '-CAcreateserial',
    '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`]);
}

/**
 * Short-lived test PKI in `dir`, as a Docker daemon with --tlsverify uses it: `ca.pem` signs
 * `server.pem` (for 127.0.0.1) and the client's `cert.pem`/`key.pem`; `other-ca.pem` signs nothing
 * of these (a CA that must not be trusted).
 */
export function makeTestCerts(dir: string): void {
  for (const ca of ['ca', 'other-ca']) {
    openssl(dir, ['req', '-x509', ...EC, '-keyout', `${ca}-key.pem`, '-out', `${ca}.pem`, '-days', '2', '-subj', `/CN=netatlas test ${ca}`]);
  }
  signed(dir, 'server', 'ca', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  signed(dir, 'client', 'ca', 'extendedKeyUsage=clientAuth\n');
  fs.renameSync(path.join(dir, 'client.pem'), path.join(dir, 'cert.pem'));
  fs.renameSync(path.join(dir, 'client-key.pem'), path.join(dir, 'key.pem'));
}
