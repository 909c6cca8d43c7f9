import { describe, expect, it } from 'vitest';
import { StreamSlots, streamSlotsFromEnv } from './stream-slots';

describe('StreamSlots', () => {
  it('refuses past the per-client cap and past the total, with a 429 saying which; a release frees the slot once', () => {
    const slots = new StreamSlots(3, 2);
    const a1 = slots.take('a');
    slots.take('a');
    expect(() => slots.take('a')).toThrow(/already has 2 event streams open/);
    slots.take('b');
    expect(() => slots.take('c')).toThrow(/already serves 3 event streams/);
    a1();
    a1();
    expect(() => slots.take('c')).not.toThrow();
    expect(() => slots.take('d')).toThrow(/at most 3/);
  });
  it('reads NETATLAS_MAX_EVENT_STREAMS, falling back to the defaults on nonsense', () => {
    const slots = streamSlotsFromEnv('1,1');
    slots.take('a');
    expect(() => slots.take('b')).toThrow(/at most 1/);
    expect(() => streamSlotsFromEnv('x,-3').take('a')).not.toThrow();
  });
});
