import type { EngineClient } from './engine-client';

/** Engine reachability for /api/health: throws an AppError when the engine cannot be reached. */
export function pingEngine(client: EngineClient) {
  return client.call(async ({ docker, info }) => {
    await docker.ping();
    return info;
  });
}
