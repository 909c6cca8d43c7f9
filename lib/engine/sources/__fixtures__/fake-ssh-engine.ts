import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Server, utils, type Connection } from 'ssh2';

/**
 * An SSH server on 127.0.0.1 that answers `docker system dial-stdio` with a tiny Engine API
 * (`/version`, `/_ping`; a path with `/hang` never answers), as a remote Docker host would. Any login
 * is accepted unless `refuseLogins`: the tests are about the client, not about the server's auth.
 */
export class FakeSshEngine {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-ssh-'));
  readonly hostKey = utils.generateKeyPairSync('ed25519');
  /** The `ssh-ed25519 AAAA…` public half, as a known_hosts line wants it after the host name. */
  readonly publicKey = this.hostKey.public.trim();
  readonly commands: string[] = [];
  readonly users: string[] = [];
  /** SSH connections accepted so far (the client keeps one open while it is busy, then 30 s more). */
  connections = 0;
  /** Answer `dial-stdio` like a host without docker: exit 127 with a message on stderr. */
  noDocker = false;
  /** Refuse every login, as a host would that does not know the client's key. */
  refuseLogins = false;
  private readonly clients = new Set<Connection>();
  port = 0;
  private readonly api = http.createServer((req, res) => {
    if (req.url?.includes('/hang')) return; // never answers: for request timeouts
    res.setHeader('Content-Type', 'application/json');
    res.end(req.url?.endsWith('/version') ? JSON.stringify({ ApiVersion: '1.41', Version: '20.10.24' }) : '"OK"');
  });
  private readonly ssh = new Server({ hostKeys: [this.hostKey.private] }, (client) => {
    this.connections++;
    this.clients.add(client);
    client.on('close', () => this.clients.delete(client));
    client.on('authentication', (ctx) => {
      this.users.push(ctx.username);
      if (this.refuseLogins) ctx.reject();
      else ctx.accept();
    });
    client.on('ready', () => client.on('session', (accept) => accept().on('exec', (acceptExec, _reject, info) => {
      this.commands.push(info.command);
      const stream = acceptExec();
      if (this.noDocker) {
        stream.stderr.write('bash: line 1: docker: command not found\n');
        stream.exit(127);
        stream.end();
        return;
      }
      const upstream = net.connect(path.join(this.dir, 'api.sock'));
      stream.pipe(upstream).pipe(stream);
      upstream.on('close', () => stream.close());
    })));
    client.on('error', () => undefined); // a refused host key ends the connection from the client's side
  });

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.api.listen(path.join(this.dir, 'api.sock'), resolve));
    await new Promise<void>((resolve) => this.ssh.listen(0, '127.0.0.1', resolve));
    this.port = (this.ssh.address() as net.AddressInfo).port;
    return this;
  }

  /** A client key (private, OpenSSH format) written into the server's directory. */
  writeClientKey(): string {
    const file = path.join(this.dir, 'id_ed25519');
    fs.writeFileSync(file, utils.generateKeyPairSync('ed25519').private, { mode: 0o600 });
    return file;
  }

  async stop(): Promise<void> {
    for (const client of this.clients) client.end();
    await new Promise<void>((resolve) => this.ssh.close(() => resolve()));
    await new Promise<void>((resolve) => this.api.close(() => resolve()));
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
