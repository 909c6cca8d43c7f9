import path from 'node:path';
import { DEFAULT_ENGINE_ID, ENGINE_ID_PATTERN } from '../../topology/engine-id';
import type { EngineAddress } from '../docker-host';
import type { EngineSpec } from './engine-spec';

/** One engine, however it is written: the same socket, or the same host and port (user and TLS aside). */
function addressKey(address: EngineAddress): string {
  if (address.kind === 'unix') return `unix:${path.resolve(address.socketPath)}`;
  return `${address.kind}:${address.host.toLowerCase()}:${address.port}`;
}

/**
 * Why a config engine cannot join the engines admitted before it, or null: its id is empty, the
 * local engine's, or taken; or its address is already listed (the first listing wins, so the same
 * engine is never watched twice under two names). `field` is 'name' for ids, 'address' otherwise.
 */
export function admissionProblem(spec: EngineSpec, admitted: EngineSpec[]): { field: 'name' | 'address'; message: string } | null {
  if (!spec.id || !ENGINE_ID_PATTERN.test(spec.id)) {
    return { field: 'name', message: `"${spec.name}" gives no usable id (an id keeps a name's letters, digits, ".", "_" and "-"); use a name with letters or digits` };
  }
  if (spec.id === DEFAULT_ENGINE_ID) {
    return { field: 'name', message: 'gives the id "default", which belongs to the local engine (DOCKER_HOST or the current Docker context); pick another name' };
  }
  const sameId = admitted.find((s) => s.id === spec.id);
  if (sameId) return { field: 'name', message: `gives the id "${spec.id}", already taken by "${sameId.name}" (${sameId.origin}); give each engine its own name` };
  const key = addressKey(spec.address);
  const sameAddress = admitted.find((s) => addressKey(s.address) === key);
  if (sameAddress) {
    return { field: 'address', message: `${spec.address.raw} is the engine already listed as "${sameAddress.name}" (${sameAddress.origin}); netatlas lists each engine once, so this entry is left out` };
  }
  return null;
}
