/**
 * For the live-event tests: recognise the change a command must cause in the watcher's or the SSE
 * stream's messages, and keep the latencies measured on the way for a summary at the end.
 */
import type { WatchMessage } from '@/lib/engine/engine-watcher';
import type { EngineChange } from '@/lib/topology/engine-change';
import type { MessageLog } from '../../support/message-log';

/** A network change of `action` on `networkId` (and, when given, for `containerId`). */
export const networkChange = (action: string, networkId: string, containerId?: string) => (c: EngineChange) =>
  c.kind === 'network' && c.action === action && c.networkId === networkId && (containerId === undefined || c.containerId === containerId);

/** A container change of `action` for `containerId`. */
export const containerChange = (action: string, containerId: string) => (c: EngineChange) =>
  c.kind === 'container' && c.action === action && c.containerId === containerId;

/** The changes of a `changes` message (SSE data or watcher message), else none. */
export function changesOf(m: WatchMessage | { type?: string; changes?: EngineChange[] }): EngineChange[] {
  return m.type === 'changes' && Array.isArray(m.changes) ? m.changes : [];
}

/** Every change in `log` from index `from` on that `want` accepts. */
export function changesSince<T>(log: MessageLog<T>, from: number, want: (c: EngineChange) => boolean, pick: (m: T) => EngineChange[]): EngineChange[] {
  return log.since(from).flatMap((e) => pick(e.message)).filter(want);
}

export interface Latency {
  action: string;
  /** CLI command issued -> message received by the subscriber. */
  fromCliMs: number;
  /** The engine's event time -> message received. */
  fromEngineMs: number;
}

/** Latencies measured during one file, printed as a table with median and max. */
export class LatencyBook {
  readonly rows: Latency[] = [];

  add(action: string, issuedAt: number, receivedAt: number, change: EngineChange): void {
    this.rows.push({ action, fromCliMs: receivedAt - issuedAt, fromEngineMs: receivedAt - change.time });
  }

  /** Waits for the first change `want` accepts, at index `from` or later, and records its latency. */
  async expect<T>(
    log: MessageLog<T>,
    pick: (m: T) => EngineChange[],
    opts: { action: string; issuedAt: number; from: number; want: (c: EngineChange) => boolean; timeoutMs?: number },
  ): Promise<EngineChange> {
    const hit = await log.waitFor((m) => pick(m).some(opts.want), {
      from: opts.from,
      timeoutMs: opts.timeoutMs ?? 5_000,
      what: `changes message for "${opts.action}"`,
    });
    const change = pick(hit.message).find(opts.want)!;
    this.add(opts.action, opts.issuedAt, hit.at, change);
    return change;
  }

  summary(title: string): string {
    if (this.rows.length === 0) return `${title}: no latency measured`;
    const stat = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
      return `median ${mid.toFixed(0)} ms, max ${s.at(-1)!.toFixed(0)} ms`;
    };
    const lines = this.rows.map((r) => `  ${r.action.padEnd(34)} cli->msg ${String(r.fromCliMs).padStart(5)} ms   engine->msg ${String(r.fromEngineMs).padStart(5)} ms`);
    return [
      `${title} (${this.rows.length} actions)`,
      ...lines,
      `  CLI issued -> message: ${stat(this.rows.map((r) => r.fromCliMs))}`,
      `  engine event time -> message: ${stat(this.rows.map((r) => r.fromEngineMs))}`,
    ].join('\n');
  }
}
