import { describe, expect, it } from 'vitest';
import { toHostRefs } from './host-refs';

const refs = (v: string) => toHostRefs(v).map((r) => `${r.host}${r.port ? `:${r.port}` : ''}`);

describe('toHostRefs', () => {
  it('reads bare hosts and host:port', () => {
    expect(refs('db')).toEqual(['db']);
    expect(refs('DB:5432')).toEqual(['db:5432']);
    expect(refs('127.0.0.1:6379')).toEqual(['127.0.0.1:6379']);
    expect(refs('5432')).toEqual([]);
  });

  it('reads a URL’s host and port, skipping credentials, with the scheme’s port when none is written', () => {
    expect(refs('postgres://u:hunter2@localhost:5432/x')).toEqual(['localhost:5432']);
    expect(refs('postgresql://app:p%40ss@db/app?sslmode=disable')).toEqual(['db:5432']);
    expect(refs('redis://:pw@cache')).toEqual(['cache:6379']);
    expect(refs('http://[::1]:8080/health')).toEqual(['::1:8080']);
  });

  it('http(s) URLs carry no implied port (a public URL says little about which container)', () => {
    expect(refs('http://localhost/')).toEqual(['localhost']);
  });

  it('reads host lists in URLs and in plain lists', () => {
    expect(refs('mongodb://u:p@m1:27017,m2:27018/db?replicaSet=rs0')).toEqual(['m1:27017', 'm2:27018']);
    expect(refs('kafka-1:9092,kafka-2:9092')).toEqual(['kafka-1:9092', 'kafka-2:9092']);
  });

  it('never returns the password, and ignores long values and port numbers out of range', () => {
    expect(JSON.stringify(toHostRefs('postgres://u:hunter2@db:5432/x'))).not.toContain('hunter2');
    expect(toHostRefs(`-----BEGIN CERTIFICATE-----${'A'.repeat(3000)}`)).toEqual([]);
    expect(toHostRefs('db:99999')[0].port).toBeNull();
  });
});
