import { AppError, isErrorCode } from '../../errors/app-error';
import type { ActivityEntry } from '../../topology/engine-change';
import { mergeTopologies, sameParts, type EnginePart } from '../../topology/merge-topologies';
import type { ConfigProblem, Topology } from '../../topology/types';
import type { EngineClient } from '../engine-client';
import { withDeadline } from '../with-deadline';
import { toEngineEntry, type AtlasMember } from './atlas-member';
import { toAtlasState, type AtlasMessage } from './atlas-messages';

/** How long a read waits for an engine that is not live yet before the map is served without it. */
const NOT_LIVE_READ_MS = 2500;
const LATE = Symbol('late');

/**
 * Every configured engine, each with its own client, watcher and last known topology. Reads them in
 * parallel and merges what answered: an engine that is down (or slow to connect) never holds up the
 * others; its last known part stays on the map, marked stale. Only when no engine answers at all
 * does a read fail, with the first engine's error (one engine behaves exactly as before).
 */
export class Atlas {
  private linked = false;
  /** The last merge and its parts: a read whose parts are the same gives the same map (see sameParts). */
  private lastMerge: { parts: EnginePart[]; map: Topology } | null = null;

  constructor(readonly members: AtlasMember[], readonly problems: ConfigProblem[] = []) {}

  /**
   * A swarm manager hears nothing when a task of its service starts or stops on another engine (there
   * are no task events): a change on any engine makes the managers read again. Set up on the first
   * read or subscription, which start the watchers anyway: an action refused for bad input must not
   * have started anything.
   */
  private link(): void {
    if (this.linked) return;
    this.linked = true;
    for (const m of this.members) {
      m.watcher?.subscribe((msg) => {
        if (msg.type !== 'changes') return;
        for (const other of this.members) if (other !== m && other.last?.swarms.length) other.watcher?.nudge();
      });
    }
  }

  /** The member an action names. `id` may be left out only when there is one engine. */
  member(id?: string | null): AtlasMember & { client: EngineClient } {
    const known = this.members.map((m) => m.id).join(', ');
    if (!id && this.members.length !== 1) {
      throw new AppError('bad_request', `Several engines are configured: say which one with ?engine= (one of: ${known}).`);
    }
    const m = id ? this.members.find((x) => x.id === id) : this.members[0];
    if (!m) throw new AppError('not_found', `No engine "${id}" is configured (known: ${known}).`);
    if (!m.client) throw m.problem ?? new AppError('internal', `Engine "${m.id}" has no client.`);
    return m as AtlasMember & { client: EngineClient };
  }

  async topology(): Promise<Topology> {
    this.link();
    if (this.members.length === 0) {
      const first = this.problems[0];
      throw new AppError('engine_misconfigured', `No engine is configured${first ? `: ${first.file}${first.field ? ` ${first.field}` : ''}: ${first.message}` : '.'}`,
        'Set DOCKER_HOST, or list engines in netatlas.config.json (see the README).');
    }
    const reads = await Promise.all(this.members.map((m) => this.read(m)));
    const parts: EnginePart[] = this.members.map((m, i) => {
      const r = reads[i];
      if (r.ok) m.last = r.topology;
      return { entry: toEngineEntry(m, r), topology: m.last };
    });
    if (!reads.some((r) => r.ok)) {
      const failed = reads.find((r): r is { ok: false; error: AppError } => !r.ok && Boolean(r.error));
      throw failed?.error ?? new AppError('engine_unreachable', 'No engine answered.');
    }
    return this.merge(parts);
  }

  /**
   * One map of every part; the very object of the last read when nothing changed since. A tab's
   * conditional re-read (a 304) then costs the feed no diff: at 1,000 containers, comparing two equal
   * maps took ~50 ms of CPU and its garbage as much again, every minute per open tab.
   */
  private merge(parts: EnginePart[]): Topology {
    if (this.lastMerge && sameParts(this.lastMerge.parts, parts)) return this.lastMerge.map;
    const merged = mergeTopologies(parts);
    const map = this.problems.length ? { ...merged, problems: this.problems } : merged;
    this.lastMerge = { parts, map };
    return map;
  }

  private async read(m: AtlasMember): Promise<{ ok: true; topology: Topology } | { ok: false; error?: AppError }> {
    if (!m.watcher) return { ok: false, error: m.problem ?? undefined };
    const link = m.watcher.state.state;
    // While the watcher retries on its own, a read would only wait for the same failure.
    if (this.members.length > 1 && (link === 'reconnecting' || link === 'unreachable')) {
      return { ok: false, error: toAppError(m.watcher.state.error) ?? new AppError('engine_unreachable', `The engine "${m.name}" (${m.host}) stopped answering; netatlas keeps trying.`) };
    }
    const reading = m.watcher.topology();
    try {
      const t = link === 'live' || this.members.length === 1 ? await reading : await withDeadline(reading, NOT_LIVE_READ_MS, LATE);
      if (t === LATE) {
        reading.catch(() => {});
        return { ok: false, error: new AppError('engine_unreachable', `The engine "${m.name}" (${m.host}) has not answered yet.`) };
      }
      return { ok: true, topology: t };
    } catch (err) {
      return { ok: false, error: err instanceof AppError ? err : new AppError('engine_unreachable', String((err as Error)?.message ?? err)) };
    }
  }

  /** The activity of every engine, newest first, each line saying which engine. */
  readonly activity = {
    list: (): ActivityEntry[] =>
      this.members
        .flatMap((m) => (m.watcher?.activity.list() ?? []).map((e) => ({ ...e, engineId: m.id })))
        .sort((a, b) => b.time - a.time),
  };

  /**
   * Follows every engine's watcher: `changes` and `resync` carry the engine's id; `state` is the
   * whole picture (see toAtlasState), sent again whenever one engine's link changes.
   */
  subscribe(fn: (m: AtlasMessage) => void): () => void {
    this.link();
    const send = () => fn(toAtlasState(this.members));
    const offs = this.members.flatMap((m) => {
      if (!m.watcher) return [];
      return [m.watcher.subscribe((msg) => {
        if (msg.type === 'state') return send();
        if (msg.type === 'changes') return fn({ ...msg, engineId: m.id, activity: msg.activity.map((e) => ({ ...e, engineId: m.id })) });
        fn({ ...msg, engineId: m.id });
      })];
    });
    if (offs.length === 0) send();
    return () => offs.forEach((off) => off());
  }

  stop(): void {
    for (const m of this.members) m.watcher?.stop();
  }
}

function toAppError(e: { code: string; message: string; hint?: string } | undefined): AppError | undefined {
  if (!e) return undefined;
  return new AppError(isErrorCode(e.code) ? e.code : 'engine_unreachable', e.message, e.hint);
}
