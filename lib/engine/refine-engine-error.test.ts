import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { refineEngineError } from './refine-engine-error';

const code = (c: ConstructorParameters<typeof AppError>[0], m: string) => (refineEngineError(new AppError(c, m)) as AppError).code;

describe('refineEngineError (messages seen on Engine 20.10)', () => {
  it('turns the engine words for a conflict into 409 whatever status carried them', () => {
    expect(code('forbidden', 'Pool overlaps with other one on this address space')).toBe('conflict');
    expect(code('forbidden', 'endpoint with name a already exists in network b')).toBe('conflict');
    expect(code('forbidden', 'error while removing network: network b id 1 has active endpoints')).toBe('conflict');
    expect(code('engine_error', 'This node is not a swarm manager. Use "docker swarm init"')).toBe('conflict');
  });

  it('turns a bad address into 400', () => {
    expect(code('engine_error', "Invalid address 10.9.9.9: It does not belong to any of this network's subnets")).toBe('bad_request');
    expect(code('engine_error', 'failed to allocate gateway (10.250.3.1): Requested address is out of range')).toBe('bad_request');
  });

  it('keeps the code of anything else, and the words always', () => {
    expect(code('forbidden', 'bridge is a pre-defined network and cannot be removed')).toBe('forbidden');
    expect(code('bad_request', 'user specified IP address is supported on user defined networks only')).toBe('bad_request');
    expect(code('engine_unreachable', 'Pool overlaps')).toBe('engine_unreachable');
    const e = refineEngineError(new AppError('forbidden', 'Pool overlaps with other one on this address space')) as AppError;
    expect(e.message).toBe('Pool overlaps with other one on this address space');
  });

  it('adds what to do where the engine’s words leave the user guessing', () => {
    const hint = (m: string) => (refineEngineError(new AppError('bad_request', m)) as AppError).hint;
    expect(hint('user specified IP address is supported only when connecting to networks with user configured subnets')).toContain('--subnet');
    expect(hint('container sharing network namespace with another container or host cannot be connected to any other network')).toContain('network stack');
    expect(hint('Pool overlaps with other one on this address space')).toContain('subnet');
    expect(hint('something else entirely')).toBeUndefined();
  });
});
