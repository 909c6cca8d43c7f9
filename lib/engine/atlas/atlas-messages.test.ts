import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import type { EngineWatcher } from '../engine-watcher';
import type { AtlasMember } from './atlas-member';
import { toAtlasState } from './atlas-messages';

type Link = EngineWatcher['state'];
const member = (id: string, state: Link['state'] | null, extra: Partial<Link> = {}): AtlasMember => ({
  id, name: id, host: `unix:///tmp/${id}.sock`, source: 'config', origin: 'test', client: null, last: null,
  watcher: state ? ({ state: { type: 'state', state, since: 1000, ...extra } } as unknown as EngineWatcher) : null,
  problem: state ? null : new AppError('engine_misconfigured', `${id}: bad entry`),
});
const down = { error: { code: 'engine_unreachable', message: 'gone' } };

describe('toAtlasState', () => {
  it('is one engine\'s own state when there is one', () => {
    expect(toAtlasState([member('a', 'unreachable', down)])).toMatchObject({ state: 'unreachable', error: down.error, engines: [{ id: 'a', state: 'unreachable' }] });
    expect(toAtlasState([member('a', 'live')])).toEqual({ type: 'state', state: 'live', since: 1000, engines: [{ id: 'a', state: 'live' }] });
  });

  it('stays live while one engine of several is live, each engine keeping its own state and error', () => {
    const s = toAtlasState([member('a', 'live'), member('b', 'reconnecting', down), member('c', null)]);
    expect(s.state).toBe('live');
    expect(s.error).toBeUndefined();
    expect(s.engines).toEqual([
      { id: 'a', state: 'live' }, { id: 'b', state: 'reconnecting', error: down.error },
      { id: 'c', state: 'misconfigured', error: { code: 'engine_misconfigured', message: 'c: bad entry' } },
    ]);
  });

  it('is the worst state, with its reason, when no engine is live; connecting before any answer', () => {
    expect(toAtlasState([member('a', 'connecting'), member('b', 'unreachable', down)])).toMatchObject({ state: 'unreachable', error: down.error });
    expect(toAtlasState([member('a', 'connecting'), member('b', 'connecting')]).state).toBe('connecting');
    expect(toAtlasState([member('c', null)])).toMatchObject({ state: 'unreachable', error: { code: 'engine_misconfigured' } });
  });
});
