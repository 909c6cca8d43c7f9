import http from 'node:http';
import type { Duplex } from 'node:stream';
import { Client, type ClientChannel, type ConnectConfig } from 'ssh2';

/** OpenSSH allows 10 sessions per connection (MaxSessions); stay under it and queue the rest. */
const MAX_CHANNELS = 8;
const IDLE_CLOSE_MS = 30_000;

/**
 * Gives an ssh2 channel the socket methods node's http client calls. Without `setTimeout` a request
 * timeout throws inside node (docker-modem's own ssh transport crashes the process this way).
 */
function asSocket(channel: ClientChannel, where: string): Duplex {
  let ms = 0;
  let timer: NodeJS.Timeout | undefined;
  let received = false;
  const arm = () => {
    clearTimeout(timer);
    if (ms > 0) timer = setTimeout(() => channel.emit('timeout'), ms).unref();
  };
  const stderr: Buffer[] = [];
  channel.stderr.on('data', (b: Buffer) => { if (stderr.length < 16) stderr.push(b); });
  channel.on('close', () => clearTimeout(timer));
  // A remote without docker (or without access to its socket) exits before answering: say so,
  // instead of node's bare "socket hang up".
  channel.on('exit', (code: number | null) => {
    if (!code || received) return;
    const output = Buffer.concat(stderr).toString().trim().slice(0, 300) || 'no output';
    // ssh2's Channel.destroy() ignores an error argument: emit it for the http request to fail with.
    channel.emit('error', new Error(`\`docker system dial-stdio\` failed on ${where} (exit ${code}): ${output}`));
    channel.destroy();
  });
  channel.on('data', () => { received = true; });
  const extra = {
    setTimeout(msecs: number, callback?: () => void) {
      ms = msecs;
      if (callback) channel.once('timeout', callback);
      if (ms > 0 && !timer) channel.on('data', arm);
      arm();
      return channel;
    },
    setNoDelay: () => channel,
    setKeepAlive: () => channel,
    ref: () => channel,
    unref: () => channel,
  };
  const write = channel.write.bind(channel);
  channel.write = ((...args: Parameters<typeof write>) => { arm(); return write(...args); }) as typeof channel.write;
  return Object.assign(channel, extra) as unknown as Duplex;
}

/**
 * An http.Agent whose connections are `docker system dial-stdio` channels on one shared SSH
 * connection, opened on first use and closed after 30 s without channels. One SSH handshake serves
 * many API calls (docker-modem's own ssh transport opens a new SSH connection per request).
 * A failure to connect (a refused host key, a refused login) fails the requests waiting for it; the
 * next request connects again.
 */
export class SshDialAgent extends http.Agent {
  private connection: Promise<Client> | null = null;
  private channels = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(private readonly config: ConnectConfig, private readonly where: string) {
    super({ keepAlive: false, maxSockets: MAX_CHANNELS });
  }

  override createConnection(_options: unknown, callback: (err: Error | null, socket?: Duplex) => void): undefined {
    this.connect()
      .then((client) => this.dial(client))
      .then((socket) => callback(null, socket), (err: Error) => callback(err));
    return undefined;
  }

  override destroy(): void {
    clearTimeout(this.idle);
    void this.connection?.then((c) => c.end(), () => undefined);
    this.connection = null;
    super.destroy();
  }

  private connect(): Promise<Client> {
    if (this.connection) return this.connection;
    const client = new Client();
    let thrown = false;
    const connection: Promise<Client> = new Promise((resolve, reject) => {
      const forget = () => { if (this.connection === connection) this.connection = null; };
      client.once('ready', () => resolve(client));
      client.on('error', (err) => { forget(); reject(err); });
      client.once('close', () => { forget(); reject(new Error(`the SSH connection to ${this.where} closed`)); });
      try {
        client.connect(this.config);
      } catch (err) {
        // A bad option (e.g. an identity ssh2 cannot parse) throws here, before any event.
        thrown = true;
        reject(err);
      }
    });
    if (!thrown) this.connection = connection;
    return connection;
  }

  private dial(client: Client): Promise<Duplex> {
    clearTimeout(this.idle);
    return new Promise((resolve, reject) => {
      client.exec('docker system dial-stdio', (err, channel) => {
        if (err) return reject(err);
        this.channels++;
        channel.once('close', () => {
          if (--this.channels === 0) this.idle = setTimeout(() => client.end(), IDLE_CLOSE_MS).unref();
        });
        resolve(asSocket(channel, this.where));
      });
    });
  }
}
