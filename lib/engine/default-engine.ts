/** DOCKER_HOST as netatlas will use it for the local engine, for messages (falls back to the default socket). */
export function dockerHostValue(): string {
  return process.env.DOCKER_HOST?.trim() || 'unix:///var/run/docker.sock';
}
