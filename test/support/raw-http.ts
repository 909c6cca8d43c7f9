/**
 * One HTTP request over node:http to a server on loopback, with headers exactly as given: unlike
 * fetch, it can send any `Host` (what a DNS-rebinding page sends) and leave `Origin` out. An event
 * stream's body is not awaited: the answer ends at its headers.
 */
import http from 'node:http';

export interface RawRequest {
  method?: string;
  path?: string;
  /** The Host header; default `127.0.0.1:<port>`. */
  host?: string;
  headers?: Record<string, string>;
  /** A string is sent as is, anything else as JSON (the Content-Type is up to `headers`). */
  body?: unknown;
  /** Where to connect; default 127.0.0.1. */
  address?: string;
  /** The local address to connect from (any of 127.0.0.0/8 works on loopback): the client the server sees. */
  from?: string;
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as text ('' for an event stream, which is closed once its headers are in). */
  text: string;
  /** The body parsed, when the server said it is JSON; else null. */
  json: any;
}

/** Sends one request to `port` and resolves with the whole answer. */
export function rawRequest(port: number, req: RawRequest = {}): Promise<RawAnswer> {
  const body = req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  const headers: Record<string, string> = { Host: req.host ?? `127.0.0.1:${port}`, ...req.headers };
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: req.address ?? '127.0.0.1', localAddress: req.from, port, method: req.method ?? 'GET', path: req.path ?? '/', headers, setHost: false, agent: false },
      (res) => {
        const answer = (text: string): RawAnswer => {
          const isJson = /^application\/json/.test(res.headers['content-type'] ?? '');
          return { status: res.statusCode ?? 0, headers: res.headers, text, json: isJson && text ? JSON.parse(text) : null };
        };
        if (/^text\/event-stream/.test(res.headers['content-type'] ?? '')) {
          request.destroy(); // the stream never ends by itself; the server unsubscribes on close
          resolve(answer(''));
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(answer(Buffer.concat(chunks).toString('utf8')));
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error(`${req.method ?? 'GET'} ${req.path ?? '/'}: no answer within 30 s`)));
    request.on('error', reject);
    request.end(body);
  });
}
