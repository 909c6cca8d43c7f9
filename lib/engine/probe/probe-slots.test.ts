import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PROBES, takeProbeSlot } from './probe-slots';

describe('probe slots', () => {
  const held: Array<() => void> = [];
  afterEach(() => held.splice(0).forEach((release) => release()));

  it('one probe per source: a second one meanwhile is a 409 naming it; free again once released', () => {
    held.push(takeProbeSlot('a', 'api'));
    expect(() => takeProbeSlot('a', 'api')).toThrow(expect.objectContaining({ code: 'conflict', message: 'A probe from api is already running; wait for its result.' }));
    held.pop()!();
    held.push(takeProbeSlot('a', 'api'));
  });

  it(`at most ${MAX_PROBES} at once on the server: the next is a 429`, () => {
    for (let i = 0; i < MAX_PROBES; i++) held.push(takeProbeSlot(`s${i}`, `s${i}`));
    let err: unknown;
    try { takeProbeSlot('one-more', 'one-more'); } catch (e) { err = e; }
    expect(err).toMatchObject({ code: 'too_many_requests' });
  });
});
