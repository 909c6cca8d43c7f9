import type Docker from 'dockerode';

/** Whether the engine has an image by this reference (`GET /images/{name}/json`); never pulls. A 404 is false, anything else throws. */
export async function imagePresent(docker: Docker, ref: string): Promise<boolean> {
  try {
    await docker.getImage(ref).inspect();
    return true;
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return false;
    throw err;
  }
}
