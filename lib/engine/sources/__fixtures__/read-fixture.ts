import fs from 'node:fs';

/** A fixture file beside this module, as text. */
export function readFixture(name: string): string {
  return fs.readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

/** The wire-format key of a `.pub` fixture: what an SSH server sends as its host key. */
export function fixtureKey(name: string): Buffer {
  return Buffer.from(readFixture(name).trim().split(/\s+/)[1], 'base64');
}
