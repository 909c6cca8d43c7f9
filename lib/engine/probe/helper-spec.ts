import type Docker from 'dockerode';
import { PROBE_LABEL } from '../../topology/probe-label';
import { PROBE_SCRIPT, probeArgv, type ProbePlan } from './probe-script';

export { PROBE_LABEL };
/** The full id of the container whose network stack a helper borrowed. */
export const PROBE_FROM_LABEL = 'netatlas.probe.from';

export interface HelperOptions {
  image: string;
  /** Extra labels (the tests mark their helpers with their own run label). */
  labels?: Record<string, string>;
}

const MiB = 1024 * 1024;

/**
 * The helper container: A's network stack and nothing else of the host's or A's.
 *
 * - `NetworkMode: container:<A>`: the helper sees exactly A's interfaces, routes, resolv.conf and
 *   embedded DNS; it has no network of its own.
 * - Only the fixed script runs (`Entrypoint` replaces whatever the image would start); its arguments
 *   are the validated plan.
 * - No privileges: every capability dropped, `no-new-privileges`, and for TCP the `nobody` user. A
 *   ping needs one capability, NET_RAW (busybox ping opens a raw ICMP socket; it has no unprivileged
 *   datagram mode), so an ICMP probe runs as root with NET_RAW alone — a raw socket inside A's stack,
 *   which A's own root could open anyway (Docker grants NET_RAW by default).
 * - No mounts, a read-only root, no IPC namespace to share, no log kept (the output is read by attach).
 * - Bounded: 64 MiB of memory (no swap), 128 processes, half a CPU.
 * - `AutoRemove` as a backstop should netatlas die mid-probe; the probe removes it itself anyway.
 */
export function helperSpec(sourceId: string, plan: ProbePlan, opts: HelperOptions): Docker.ContainerCreateOptions {
  const icmp = plan.protocol === 'icmp';
  return {
    name: `netatlas-probe-${sourceId.slice(0, 12)}-${Math.random().toString(36).slice(2, 8)}`,
    Image: opts.image,
    Entrypoint: ['sh', '-c', PROBE_SCRIPT],
    Cmd: probeArgv(plan),
    Env: [],
    WorkingDir: '/',
    User: icmp ? '0:0' : '65534:65534',
    Labels: { ...opts.labels, [PROBE_LABEL]: '1', [PROBE_FROM_LABEL]: sourceId },
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    OpenStdin: false,
    NetworkDisabled: false,
    HostConfig: {
      NetworkMode: `container:${sourceId}`,
      AutoRemove: true,
      Privileged: false,
      CapDrop: ['ALL'],
      CapAdd: icmp ? ['NET_RAW'] : [],
      SecurityOpt: ['no-new-privileges'],
      ReadonlyRootfs: true,
      Binds: [],
      Mounts: [],
      IpcMode: 'none',
      LogConfig: { Type: 'none', Config: {} },
      Memory: 64 * MiB,
      MemorySwap: 64 * MiB,
      PidsLimit: 128,
      NanoCpus: 500_000_000,
      RestartPolicy: { Name: 'no' },
      Init: false,
    },
  };
}
