import { describe, expect, it } from 'vitest';
import { helperSpec } from './helper-spec';
import { PROBE_SCRIPT, probeArgv, type ProbePlan } from './probe-script';

const A = 'a'.repeat(64);
const tcp: ProbePlan = { protocol: 'tcp', port: 5432, targets: [{ kind: 'name', value: 'db' }, { kind: 'ip', value: '10.0.0.3' }] };
const icmp: ProbePlan = { ...tcp, protocol: 'icmp', port: null };

describe('the helper container', () => {
  it('lives in A’s network stack and runs only the fixed script, with the plan as argv', () => {
    const spec = helperSpec(A, tcp, { image: 'busybox' });
    expect(spec.HostConfig!.NetworkMode).toBe(`container:${A}`);
    expect(spec.Entrypoint).toEqual(['sh', '-c', PROBE_SCRIPT]);
    expect(spec.Cmd).toEqual(['netatlas-probe', 'tcp', '5432', 'n', 'db', 'i', '10.0.0.3']);
    expect(spec.Env).toEqual([]);
    expect(spec.Image).toBe('busybox');
  });

  it('has no privileges, no mounts, a read-only root and bounded resources', () => {
    const h = helperSpec(A, tcp, { image: 'busybox' }).HostConfig!;
    expect(h).toMatchObject({
      Privileged: false, CapDrop: ['ALL'], CapAdd: [], SecurityOpt: ['no-new-privileges'], ReadonlyRootfs: true,
      Binds: [], Mounts: [], IpcMode: 'none', AutoRemove: true,
    });
    expect(h.Memory).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect(h.MemorySwap).toBe(h.Memory);
    expect(h.PidsLimit).toBeGreaterThan(0);
    expect(h.NanoCpus).toBeGreaterThan(0);
    expect(h.PortBindings).toBeUndefined();
    expect(helperSpec(A, tcp, { image: 'busybox' }).User).toBe('65534:65534');
  });

  it('an ICMP probe gets NET_RAW, and nothing else, for ping', () => {
    const spec = helperSpec(A, icmp, { image: 'busybox' });
    expect(spec.HostConfig).toMatchObject({ CapDrop: ['ALL'], CapAdd: ['NET_RAW'] });
    expect(spec.Cmd).toEqual(['netatlas-probe', 'icmp', '0', 'n', 'db', 'i', '10.0.0.3']);
  });

  it('is labelled as a probe helper with its source, on top of any extra labels', () => {
    const spec = helperSpec(A, tcp, { image: 'busybox', labels: { 'netatlas.test': 'run1', 'netatlas.probe': 'no' } });
    expect(spec.Labels).toEqual({ 'netatlas.test': 'run1', 'netatlas.probe': '1', 'netatlas.probe.from': A });
    expect(spec.name).toMatch(/^netatlas-probe-aaaaaaaaaaaa-[a-z0-9]+$/);
  });
});

describe('the script', () => {
  it('gets the plan only as positional arguments after its name (what it does with them: probe-script.test.ts)', () => {
    expect(probeArgv(icmp)).toEqual(['netatlas-probe', 'icmp', '0', 'n', 'db', 'i', '10.0.0.3']);
  });
});
