import { describe, expect, it } from 'vitest';
import { formatHostAddress, toPortScope } from './port-scope';

describe('port scope and host addresses', () => {
  it('brackets IPv6 addresses next to a port, as -p and browsers write them', () => {
    expect(formatHostAddress('::', 8080)).toBe('[::]:8080');
    expect(formatHostAddress('::1', 5432)).toBe('[::1]:5432');
    expect(formatHostAddress('127.0.0.1', 5432)).toBe('127.0.0.1:5432');
    expect(formatHostAddress('', 80)).toBe('0.0.0.0:80');
    expect(formatHostAddress('fd00::1')).toBe('[fd00::1]');
  });
  it('tells every interface, this host only and one address apart, for both families', () => {
    expect(['', '0.0.0.0', '::'].map(toPortScope)).toEqual(['all', 'all', 'all']);
    expect(['127.0.0.1', '::1'].map(toPortScope)).toEqual(['loopback', 'loopback']);
    expect(toPortScope('fd00::1')).toBe('specific');
  });
});
