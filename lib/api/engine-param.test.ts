import { describe, expect, it } from 'vitest';
import { engineParam } from './engine-param';

const at = (query: string) => new Request(`http://127.0.0.1:3000/api/networks${query}`);

describe('engineParam', () => {
  it('is null without ?engine=, the id with one', () => {
    expect(engineParam(at(''))).toBeNull();
    expect(engineParam(at('?engine=edge-1'))).toBe('edge-1');
    expect(engineParam(at('?x=1&engine=db_host.2'))).toBe('db_host.2');
  });

  it('refuses malformed or repeated values with a 400 naming the parameter', () => {
    for (const q of ['?engine=', '?engine=Edge', '?engine=-x', '?engine=a%20b', '?engine=../x', `?engine=${'a'.repeat(64)}`, '?engine=a&engine=b']) {
      expect(() => engineParam(at(q)), q).toThrowError(expect.objectContaining({ code: 'bad_request', message: expect.stringMatching(/^engine:/) }));
    }
  });
});
