import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import hints from './compile-hints.cjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function chunks(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-hints-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('markChunks', () => {
  it('puts the compile hint on the first line of every script, below subfolders too, and nothing else', () => {
    const dir = chunks({ 'a.js': 'var a=1;', 'sub/b.js': '(()=>{})();', 'c.css': 'body{}', 'a.js.map': '{}' });
    expect(hints.markChunks(dir)).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe(`${hints.HINT}var a=1;`);
    expect(fs.readFileSync(path.join(dir, 'sub/b.js'), 'utf8').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(fs.readFileSync(path.join(dir, 'c.css'), 'utf8')).toBe('body{}');
    expect(fs.readFileSync(path.join(dir, 'a.js.map'), 'utf8')).toBe('{}');
  });

  it('marks a script once, however often it runs', () => {
    const dir = chunks({ 'a.js': 'var a=1;' });
    hints.markChunks(dir);
    expect(hints.markChunks(dir)).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe(`${hints.HINT}var a=1;`);
  });

  it('does nothing where there is no build', () => {
    expect(hints.markChunks(path.join(os.tmpdir(), 'netatlas-no-such-build'))).toBe(0);
  });
});
