import { describe, expect, it } from 'vitest';
import { isDefaultBridge } from './default-bridge';

describe('isDefaultBridge', () => {
  it("decides by the engine's option first: a renamed default bridge is one, a user network named bridge-like is not", () => {
    expect(isDefaultBridge({ name: 'bridge', driver: 'bridge', options: { 'com.docker.network.bridge.default_bridge': 'true' } })).toBe(true);
    expect(isDefaultBridge({ name: 'docker-main', driver: 'bridge', options: { 'com.docker.network.bridge.default_bridge': 'true' } })).toBe(true);
    expect(isDefaultBridge({ name: 'bridge', driver: 'bridge', options: { 'com.docker.network.bridge.default_bridge': 'false' } })).toBe(false);
  });
  it('falls back to the name only when the engine sent no such option', () => {
    expect(isDefaultBridge({ name: 'bridge', driver: 'bridge', options: {} })).toBe(true);
    expect(isDefaultBridge({ name: 'bridge', driver: 'macvlan', options: null })).toBe(false);
    expect(isDefaultBridge({ name: 'app', driver: 'bridge', options: {} })).toBe(false);
  });
});
