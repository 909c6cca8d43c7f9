import { describe, expect, it } from 'vitest';
import { captured, cleanCaptured, context, idOf } from './__fixtures__/doctor-fixture';
import { noUserNetwork } from './no-user-network';

describe('no_user_network (captured topology)', () => {
  it('legacy-a and legacy-b run on the default bridge only', () => {
    const found = noUserNetwork(context(captured()));
    expect(found.map((d) => d.subjects[0].id).sort()).toEqual([idOf('legacy-a'), idOf('legacy-b')].sort());
    expect(found.every((d) => d.severity === 'info' && !d.fix.steps)).toBe(true);
  });

  it('not for host, none or container: modes, stopped containers, or user-network containers', () => {
    const ids = noUserNetwork(context(captured())).map((d) => d.subjects[0].id);
    for (const role of ['host', 'none', 'sidecar', 'stopped', 'exited', 'web', 'api'] as const) expect(ids).not.toContain(idOf(role));
    expect(noUserNetwork(context(cleanCaptured()))).toEqual([]);
  });
});
