import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';

describe('AppError', () => {
  it('is recognised across copies of its module (instrumentation is bundled apart from the routes)', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const other = await import('./app-error');
    expect(other.AppError, 'a second copy of the module').not.toBe(AppError);
    const e = new other.AppError('engine_unreachable', 'No engine.');
    expect(e instanceof AppError).toBe(true);
    // What makes it so is a mark shared by every copy, not the class object.
    const foreign = Object.assign(new Error('x'), { [Symbol.for('netatlas.AppError')]: true });
    expect(foreign instanceof AppError).toBe(true);
    expect(new Error('plain') instanceof AppError).toBe(false);
    expect((null as unknown as object) instanceof AppError).toBe(false);
  });

  it('still serializes to the API shape only', () => {
    const e = new AppError('snapshot', 'A snapshot.', 'A hint.');
    expect(JSON.stringify(e)).toBe('{"error":{"code":"snapshot","message":"A snapshot.","hint":"A hint."}}');
    expect(Object.keys(e).sort()).toEqual(['code', 'hint', 'name']);
  });
});
