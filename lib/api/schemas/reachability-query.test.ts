import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { httpStatus } from '../error-status';
import { parseQuery } from '../parse-query';
import { reachabilityQuery } from './reachability-query';

const ID = 'a'.repeat(64);
const parse = (qs: string) => parseQuery(reachabilityQuery, new Request(`http://127.0.0.1:3000/api/reachability?${qs}`));
const refusal = (qs: string) => {
  try {
    parse(qs);
  } catch (err) {
    return { status: httpStatus(err as AppError), message: (err as Error).message };
  }
  throw new Error(`${qs} was accepted`);
};

describe('GET /api/reachability query', () => {
  it('takes a pair of full ids or exact names (a leading slash too)', () => {
    expect(parse(`from=web&to=${ID}`)).toEqual({ kind: 'pair', from: 'web', to: ID });
    expect(parse('from=/shop-web-1&to=db')).toEqual({ kind: 'pair', from: '/shop-web-1', to: 'db' });
  });

  it('takes one set for a matrix: containers, network or project', () => {
    expect(parse('containers=a,b,c')).toEqual({ kind: 'containers', refs: ['a', 'b', 'c'] });
    expect(parse('network=shop_backend')).toEqual({ kind: 'network', ref: 'shop_backend' });
    expect(parse('project=shop')).toEqual({ kind: 'project', name: 'shop' });
  });

  it('refuses bad refs, naming the parameter', () => {
    expect(refusal('from=web&to=-x')).toEqual({ status: 400, message: 'Invalid request: to: must be a full 64-hex id or the exact container name.' });
    expect(refusal('from=web&to=').message).toContain('to: must not be empty');
    expect(refusal('from=web&to=a b').message).toContain('to:');
    expect(refusal('containers=a,,b').message).toContain('containers.1: must not be empty');
    expect(refusal('network=../x').message).toContain('network:');
    expect(refusal('project=$(id)').message).toContain('project:');
  });

  it('refuses more than 60 containers', () => {
    const many = Array.from({ length: 61 }, (_, i) => `c${i}`).join(',');
    expect(refusal(`containers=${many}`).message).toContain('containers: must name at most 60 containers');
    expect(parse(`containers=${many.split(',').slice(0, 60).join(',')}`)).toMatchObject({ kind: 'containers' });
  });

  it('refuses a half pair, mixed forms, nothing at all, and unknown parameters', () => {
    expect(refusal('from=web').message).toContain('to: is required with from');
    expect(refusal('to=web').message).toContain('from: is required with to');
    expect(refusal('from=a&to=b&network=n').message).toContain('network: cannot be combined with from/to');
    expect(refusal('network=n&project=p').message).toContain('project: cannot be combined with network');
    expect(refusal('').message).toContain('query: give from and to');
    expect(refusal('from=a&to=b&port=80').message).toContain('unknown field: "port"');
  });
});
