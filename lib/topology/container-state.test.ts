import { describe, expect, it } from 'vitest';
import { answersPackets, holdsNetworkStack } from './container-state';

describe('container state predicates', () => {
  it.each([
    ['running', true, true],
    ['paused', true, false],
    ['restarting', true, false],
    ['created', false, false],
    ['exited', false, false],
    ['dead', false, false],
    ['removing', false, false],
  ])('%s: holds its network stack %s, answers packets %s', (state, holds, answers) => {
    expect(holdsNetworkStack(state)).toBe(holds);
    expect(answersPackets(state)).toBe(answers);
  });
});
