import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { httpStatus } from '../error-status';
import { parseQuery } from '../parse-query';
import { portsQuery } from './ports-query';

const query = (qs: string) => parseQuery(portsQuery, new Request(`http://127.0.0.1:3000/api/ports${qs}`));

describe('GET /api/ports query', () => {
  it('takes no parameter, or one host port', () => {
    expect(query('')).toEqual({});
    expect(query('?port=5432')).toEqual({ port: 5432 });
    expect(query('?port=65535')).toEqual({ port: 65535 });
  });

  it('refuses what is not a port, and unknown parameters, as a 400 naming the field', () => {
    for (const qs of ['?port=0', '?port=65536', '?port=-1', '?port=54x', '?port=', '?port=1e3', '?port=123456']) {
      const err = (() => { try { query(qs); } catch (e) { return e; } })() as AppError;
      expect(err, qs).toBeInstanceOf(AppError);
      expect(httpStatus(err)).toBe(400);
      expect(err.message).toMatch(/^Invalid request: port: /);
    }
    expect(() => query('?prot=5432')).toThrow(/unknown field: "prot"/);
  });
});
