import 'server-only';
import { AppError } from '../../errors/app-error';
import type { EngineClient } from '../../engine/engine-client';
import { imagePresent } from '../../engine/image-ops';
import { findNamed, startLabContainer, type NamedResource } from '../../engine/lab-resources';
import { refineEngineError } from '../../engine/refine-engine-error';
import { probeImage } from '../../engine/probe/probe-config';
import { labById } from '../../labs/lab-catalogue';
import { labNames } from '../../labs/lab-names';
import { labCommand } from '../../labs/lab-steps';
import { LAB_LABEL, type LabId } from '../../labs/lab-types';

export interface LabSetupResult {
  id: LabId;
  /** Containers this call created and started. */
  created: string[];
  /** The lab's containers that were already there (set up before), left as they are. */
  kept: string[];
}

export interface SetupOptions {
  /** Extra labels on the lab's containers (the tests mark theirs). */
  labels?: Record<string, string>;
}

/** A name held by something the lab did not create: the lab does not start (409 naming every clash). */
function refuseClashes(id: LabId, found: { containers: NamedResource[]; networks: NamedResource[] }): void {
  const theirs = (r: NamedResource) => r.labels[LAB_LABEL] !== id;
  const clashes = [
    ...found.containers.filter(theirs).map((c) => `a container named ${c.name}`),
    ...found.networks.filter(theirs).map((n) => `a network named ${n.name}`),
  ];
  if (!clashes.length) return;
  throw new AppError(
    'conflict',
    `The lab ${id} needs names that are taken: there is already ${clashes.join(' and ')}, not created by this lab. Nothing was changed.`,
    'Remove or rename them (docker rm / docker network rm), or Reset the lab that created them, then set this lab up again.',
  );
}

/**
 * POST /api/labs/{id}/setup: the lab's starting point, its containers on the default bridge,
 * labelled `netatlas.lab=<id>`. Refuses (409) when another container or network holds one of the
 * lab's names; a container the lab already created is kept as it is, so setting up twice is harmless.
 */
export async function setupLab(client: EngineClient, id: LabId, opts: SetupOptions = {}): Promise<LabSetupResult> {
  const lab = labById(id);
  const image = probeImage();
  try {
    return await client.call(async ({ docker }) => {
      const found = await findNamed(docker, labNames(lab));
      refuseClashes(id, found);
      const missing = lab.setup.filter((c) => !found.containers.some((f) => f.name === c.name));
      if (missing.length && !(await imagePresent(docker, image))) {
        throw new AppError('conflict', `The lab's image "${image}" is not on this engine, and netatlas never pulls images.`, `Run \`docker pull ${image}\` on the engine's host, or set NETATLAS_PROBE_IMAGE to a busybox image it has.`);
      }
      for (const c of missing) await startLabContainer(docker, { name: c.name, image, cmd: labCommand(c), labels: { ...opts.labels, [LAB_LABEL]: id } });
      return { id, created: missing.map((c) => c.name), kept: found.containers.map((c) => c.name) };
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
