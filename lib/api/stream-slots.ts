import 'server-only';
import { AppError } from '../errors/app-error';

/** Event streams open at once, in all and per client address, unless NETATLAS_MAX_EVENT_STREAMS says otherwise. */
export const DEFAULT_MAX_STREAMS = 64;
export const DEFAULT_MAX_STREAMS_PER_CLIENT = 16;

/**
 * Counts open event streams, in all and per client, so that nobody can hold the server's sockets and
 * subscriptions by opening streams without end. A tab keeps one stream; a few tabs per browser and a
 * dozen people fit well under the defaults.
 */
export class StreamSlots {
  private total = 0;
  private readonly perClient = new Map<string, number>();

  constructor(private readonly max = DEFAULT_MAX_STREAMS, private readonly maxPerClient = DEFAULT_MAX_STREAMS_PER_CLIENT) {}

  /** Takes a slot for `client`, or throws a 429 saying which limit was hit. Returns the release (idempotent). */
  take(client: string): () => void {
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.maxPerClient) {
      throw new AppError('too_many_requests', `This client already has ${mine} event streams open (at most ${this.maxPerClient}); close a tab, or wait for one to end.`);
    }
    if (this.total >= this.max) {
      throw new AppError('too_many_requests', `The server already serves ${this.total} event streams (at most ${this.max}); try again when one ends.`);
    }
    this.total++;
    this.perClient.set(client, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    };
  }
}

/** The limits from the environment: NETATLAS_MAX_EVENT_STREAMS=`<in all>[,<per client>]`. */
export function streamSlotsFromEnv(value = process.env.NETATLAS_MAX_EVENT_STREAMS): StreamSlots {
  const [all, perClient] = (value ?? '').split(',').map((s) => Number(s.trim()));
  const ok = (n: number | undefined) => n !== undefined && Number.isInteger(n) && n > 0;
  return new StreamSlots(ok(all) ? all : DEFAULT_MAX_STREAMS, ok(perClient) ? perClient : DEFAULT_MAX_STREAMS_PER_CLIENT);
}
