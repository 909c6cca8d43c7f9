import { LAB_LABEL, type LabContainer, type LabId, type LabStep } from './lab-types';

/** A docker CLI step: shown as typed, run by the tests exactly so (no shell, no quoting needed). */
export function dockerStep(...args: string[]): LabStep {
  return { text: `docker ${args.join(' ')}`, docker: args };
}

/** A step that is not a docker command (a client on the host, an explanation). */
export function hostStep(text: string): LabStep {
  return { text };
}

/** The command a lab container runs: busybox httpd on its port (a listener), else a long sleep. */
export function labCommand(c: Pick<LabContainer, 'listens'>): string[] {
  return c.listens ? ['httpd', '-f', '-p', String(c.listens)] : ['sleep', 'infinity'];
}

/** `docker network create` of a lab's network, labelled so that Reset removes it. */
export const createNetworkStep = (lab: LabId, name: string): LabStep => dockerStep('network', 'create', '--label', `${LAB_LABEL}=${lab}`, name);

export const connectStep = (network: string, container: string): LabStep => dockerStep('network', 'connect', network, container);

export const disconnectStep = (network: string, container: string): LabStep => dockerStep('network', 'disconnect', network, container);

/** `docker run -d` of a labelled container from the lab's image, optionally publishing ports. */
export function runStep(lab: LabId, image: string, c: { name: string; listens?: number; network?: string; publish?: string }): LabStep {
  return dockerStep(
    'run', '-d', '--name', c.name, '--label', `${LAB_LABEL}=${lab}`,
    ...(c.network ? ['--network', c.network] : []),
    ...(c.publish ? ['-p', c.publish] : []),
    image, ...labCommand(c),
  );
}
