import { describe, expect, it } from 'vitest';
import { loadPart, PartNotLoaded } from './load-part';

/** A load that fails `failures` times (as a dropped chunk request does), then gives `value`. */
function flaky<T>(failures: number, value: T) {
  let calls = 0;
  const load = async () => {
    calls++;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return value;
  };
  return { load, calls: () => calls };
}

describe('loadPart', () => {
  it('gives what the first load gives, with one try', async () => {
    const part = flaky(0, 'module');
    await expect(loadPart('connect dialog', part.load, 3, 1)).resolves.toBe('module');
    expect(part.calls()).toBe(1);
  });

  it('tries again after a dropped request, and succeeds within its tries', async () => {
    const part = flaky(2, 'module');
    await expect(loadPart('connect dialog', part.load, 3, 1)).resolves.toBe('module');
    expect(part.calls()).toBe(3);
  });

  it('fails after its tries with what did not load, in words, keeping the cause', async () => {
    const part = flaky(5, 'module');
    const err = await loadPart('image exporter', part.load, 3, 1).catch((e: unknown) => e);
    expect(part.calls()).toBe(3);
    expect(err).toBeInstanceOf(PartNotLoaded);
    expect((err as Error).message).toMatch(/^The image exporter did not load: the browser dropped the request/);
    expect((err as Error).cause).toBeInstanceOf(TypeError);
  });
});
