import { describe, expect, it } from 'vitest';
import { labelGlob } from './label-glob';

describe('labelGlob', () => {
  it('without *, matches the key exactly', () => {
    expect(labelGlob('db.url')('db.url')).toBe(true);
    expect(labelGlob('db.url')('db.url2')).toBe(false);
    expect(labelGlob('db.url')('xdb.url')).toBe(false);
  });

  it('* matches any run of characters, none included, dots and slashes too', () => {
    const traefik = labelGlob('traefik.*');
    expect(traefik('traefik.http.middlewares.auth.basicauth.users')).toBe(true);
    expect(traefik('traefik.')).toBe(true);
    expect(traefik('traefik')).toBe(false);
    expect(labelGlob('*.team')('com.example.team')).toBe(true);
    expect(labelGlob('a*b*c')('a/x.b-yc')).toBe(true);
    expect(labelGlob('*')('anything at all')).toBe(true);
  });

  it('nothing but * is special: a dot is a dot, ? [ ] ( ) + ^ $ \\ are themselves', () => {
    expect(labelGlob('db.url')('dbxurl')).toBe(false);
    expect(labelGlob('a?')('ab')).toBe(false);
    expect(labelGlob('a?')('a?')).toBe(true);
    expect(labelGlob('[ab]')('a')).toBe(false);
    expect(labelGlob('[ab]')('[ab]')).toBe(true);
    expect(labelGlob('x+(y)^$\\')('x+(y)^$\\')).toBe(true);
  });

  it('is case-sensitive, like label keys', () => {
    expect(labelGlob('Traefik.*')('traefik.enable')).toBe(false);
  });
});
