import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineChange } from '../../topology/engine-change';
import { ChangeDebouncer } from './change-debouncer';

// Fake timers drive both the 40 ms window and Date.now (the 5 s memory), so every interleaving of
// copies and flushes below is exact instead of hoped for with sleeps.
const net = 'n'.repeat(64);
const ctr = 'c'.repeat(64);

function setup() {
  const batches: EngineChange[][] = [];
  const debouncer = new ChangeDebouncer((changes) => batches.push(changes));
  const t0 = Date.now();
  /** A change stamped `atMs` after the start, as the engine would (its time, not ours). */
  const disconnect = (atMs: number, container = ctr): EngineChange =>
    ({ kind: 'network', action: 'disconnect', time: t0 + atMs, networkId: net, networkName: 'net', containerId: container });
  const connect = (atMs: number): EngineChange => ({ ...disconnect(atMs), action: 'connect' });
  const start = (atMs: number, id = 'a'.repeat(64)): EngineChange =>
    ({ kind: 'container', action: 'start', time: t0 + atMs, containerId: id, containerName: 'other' });
  /** Pushes `change` when the clock reaches its engine time. */
  const at = (change: EngineChange) => {
    vi.advanceTimersByTime(change.time - Date.now());
    debouncer.push(change);
  };
  const summary = () => batches.map((b) => b.map((c) => `${c.kind}:${c.action}@${c.time - t0}`));
  return { debouncer, batches, at, disconnect, connect, start, summary };
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('ChangeDebouncer', () => {
  it('sends the first change of a burst at once and the rest as one batch at the end of the 40 ms window', () => {
    const s = setup();
    s.at(s.start(0));
    expect(s.summary()).toEqual([['container:start@0']]);
    s.at(s.connect(10));
    s.at(s.start(39, 'b'.repeat(64)));
    expect(s.batches).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(s.summary()).toEqual([['container:start@0'], ['network:connect@10', 'container:start@39']]);
    // That batch opened another window: what comes within it waits for its end, one batch per window.
    s.at(s.start(41, 'c'.repeat(64)));
    expect(s.batches).toHaveLength(2);
    vi.advanceTimersByTime(39);
    expect(s.summary()).toEqual([['container:start@0'], ['network:connect@10', 'container:start@39'], ['container:start@41']]);
    // A window that ends with nothing to send closes: the next change goes out at once again.
    vi.advanceTimersByTime(40);
    s.at(s.start(200, 'd'.repeat(64)));
    expect(s.batches.at(-1)!.map((c) => c.time - s.batches[0][0].time)).toEqual([200]);
  });

  it('drops the copy that comes 3 ms after the original, inside one window', () => {
    const s = setup();
    s.at(s.disconnect(0));
    s.at(s.disconnect(3));
    vi.advanceTimersByTime(100);
    expect(s.summary()).toEqual([['network:disconnect@0']]);
  });

  it('drops the copy even when a flush fell between the two', () => {
    const s = setup();
    s.at(s.start(0)); // goes out at once and opens the 40 ms window
    s.at(s.disconnect(38));
    s.at(s.disconnect(44)); // the window closed at 40 ms: the original already went out
    vi.advanceTimersByTime(200);
    expect(s.summary()).toEqual([['container:start@0'], ['network:disconnect@38']]);
  });

  it('drops a copy up to 250 ms later (under load ~60 ms), not one that far apart', () => {
    const s = setup();
    s.at(s.disconnect(0));
    s.at(s.disconnect(60));
    s.at(s.disconnect(249));
    vi.advanceTimersByTime(1_000);
    s.at(s.disconnect(1_300));
    s.at(s.disconnect(1_550)); // 250 ms after the latest one: a disconnect of its own
    vi.advanceTimersByTime(100);
    expect(s.summary()).toEqual([['network:disconnect@0'], ['network:disconnect@1300'], ['network:disconnect@1550']]);
  });

  it('keeps a real disconnect, connect, disconnect sequence (compares with the latest change only)', () => {
    const s = setup();
    s.at(s.disconnect(0));
    s.at(s.connect(5));
    s.at(s.disconnect(10));
    vi.advanceTimersByTime(100);
    expect(s.summary()).toEqual([['network:disconnect@0'], ['network:connect@5', 'network:disconnect@10']]);
  });

  it('tells containers apart: the same disconnect of two containers is two changes', () => {
    const s = setup();
    s.at(s.disconnect(0, 'a'.repeat(64)));
    s.at(s.disconnect(1, 'b'.repeat(64)));
    vi.advanceTimersByTime(100);
    expect(s.batches.flat().map((c) => c.containerId?.[0])).toEqual(['a', 'b']);
  });

  it('remembers a change for 5 s from its arrival, whatever the engine’s clock says', () => {
    const s = setup();
    // An engine whose clock is 6 s behind: its doubled disconnect is still a copy.
    const skewed: EngineChange = s.disconnect(-6_000);
    s.debouncer.push(skewed);
    vi.advanceTimersByTime(3);
    s.debouncer.push({ ...skewed, time: skewed.time + 3 });
    vi.advanceTimersByTime(100);
    expect(s.batches).toHaveLength(1);
    // Forgotten 5 s after it arrived: the same change again passes.
    vi.advanceTimersByTime(5_000);
    s.debouncer.push({ ...skewed });
    expect(s.batches).toHaveLength(2);
  });

  it('cancel drops the planned flush; what was queued goes out with the next change', () => {
    const s = setup();
    s.at(s.start(0)); // out at once
    s.at(s.connect(10)); // queued for the window's end
    s.debouncer.cancel();
    vi.advanceTimersByTime(100);
    expect(s.summary()).toEqual([['container:start@0']]);
    s.at(s.start(200, 'b'.repeat(64)));
    expect(s.summary()).toEqual([['container:start@0'], ['network:connect@10', 'container:start@200']]);
  });
});
