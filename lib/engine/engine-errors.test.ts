import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { parseDockerHost } from './docker-host';
import { toAppError } from './engine-errors';

const unix = parseDockerHost('unix:///run/user/1000/docker.sock');
const tcp = parseDockerHost('tcp://10.1.2.3:2375');

const sysError = (code: string) => Object.assign(new Error(`connect ${code} /run/user/1000/docker.sock`), { code });

describe('toAppError: connection failures', () => {
  it('a missing socket is engine_unreachable and names the socket', () => {
    const err = toAppError(sysError('ENOENT'), unix);
    expect(err).toMatchObject({ code: 'engine_unreachable' });
    expect(err.message).toContain('/run/user/1000/docker.sock');
    expect(err.hint).toMatch(/dockerd|DOCKER_HOST/);
  });

  it('a refused connection is engine_unreachable and names the address', () => {
    expect(toAppError(sysError('ECONNREFUSED'), tcp).message).toContain('tcp://10.1.2.3:2375');
  });

  it('a socket without permission is engine_permission_denied with the docker-group hint', () => {
    for (const code of ['EACCES', 'EPERM']) {
      const err = toAppError(sysError(code), unix);
      expect(err).toMatchObject({ code: 'engine_permission_denied' });
      expect(err.message).toContain('/run/user/1000/docker.sock');
      expect(err.hint).toMatch(/docker group/);
    }
  });

  it('timeouts and dropped connections are engine_unreachable', () => {
    for (const code of ['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']) {
      expect(toAppError(sysError(code), tcp).code).toBe('engine_unreachable');
    }
    expect(toAppError(new Error('timeout of 10000ms exceeded'), tcp)).toMatchObject({ code: 'engine_unreachable' });
  });

  it('anything unknown without an HTTP status is engine_unreachable, naming the address', () => {
    const err = toAppError(new Error('socket hang up'), unix);
    expect(err.code).toBe('engine_unreachable');
    expect(err.message).toContain('unix:///run/user/1000/docker.sock');
    expect(toAppError(undefined, unix).code).toBe('engine_unreachable');
  });
});

describe('toAppError: engine answers', () => {
  const http = (statusCode: number, message: string) =>
    Object.assign(new Error(`(HTTP code ${statusCode}) unexpected - ${message} `), { statusCode, json: { message } });

  it('keeps the meaning of 400, 403, 404 and 409, with the engine message', () => {
    expect(toAppError(http(404, 'No such container: abc'), unix)).toMatchObject({ code: 'not_found', message: 'No such container: abc' });
    expect(toAppError(http(409, 'container is not running'), unix)).toMatchObject({ code: 'conflict' });
    expect(toAppError(http(400, 'bad parameter'), unix)).toMatchObject({ code: 'bad_request' });
    expect(toAppError(http(403, 'operation not permitted'), unix)).toMatchObject({ code: 'forbidden' });
  });

  it('strips dockerode wrapping when the engine sent no JSON message', () => {
    const err = Object.assign(new Error('(HTTP code 404) no such container - No such container: xyz '), { statusCode: 404, json: null });
    expect(toAppError(err, unix).message).toBe('No such container: xyz');
  });

  it('an engine older than the requested API is engine_too_old', () => {
    const err = toAppError(http(400, 'client version 1.41 is too new. Maximum supported API version is 1.24'), unix);
    expect(err.code).toBe('engine_too_old');
    expect(err.message).toContain('unix:///run/user/1000/docker.sock');
  });

  it('other statuses are engine_error (502)', () => {
    expect(toAppError(http(500, 'driver failed'), unix)).toMatchObject({ code: 'engine_error', message: 'driver failed' });
  });

  it('passes an AppError through unchanged', () => {
    const original = new AppError('conflict', 'already there');
    expect(toAppError(original, unix)).toBe(original);
  });

  it('never carries a stack trace into the message', () => {
    const err = toAppError(Object.assign(new Error('x'), { statusCode: 500, json: { message: 'boom' } }), unix);
    expect(err.toJSON().error.message).not.toMatch(/\n\s+at /);
  });
});

describe('toAppError: ssh:// engines', () => {
  const ssh = parseDockerHost('ssh://ops@db.example:2222');

  it('a refused host key keeps its own message and hint, as engine_unreachable', () => {
    const err = toAppError(Object.assign(new Error('The SSH host key of [db.example]:2222 (...) is not in /k'), { code: 'SSH_HOST_KEY_UNKNOWN', hint: 'ssh-keyscan ...' }), ssh);
    expect(err).toMatchObject({ code: 'engine_unreachable', message: 'The SSH host key of [db.example]:2222 (...) is not in /k', hint: 'ssh-keyscan ...' });
  });

  it("ssh2's bare host denial still says it was the host key", () => {
    const err = toAppError(Object.assign(new Error('Host denied (verification failed)'), { level: 'handshake' }), ssh);
    expect(err.code).toBe('engine_unreachable');
    expect(err.message).toMatch(/SSH host key of db\.example:2222 was refused/);
  });

  it('a refused login is engine_permission_denied with the ssh-agent hint', () => {
    const err = toAppError(Object.assign(new Error('All configured authentication methods failed'), { level: 'client-authentication' }), ssh);
    expect(err).toMatchObject({ code: 'engine_permission_denied' });
    expect(err.message).toContain('ssh://ops@db.example:2222');
    expect(err.hint).toMatch(/ssh-agent/);
  });

  it('an unusable identity file says so', () => {
    const err = toAppError(new Error('Cannot parse privateKey: Encrypted private OpenSSH key detected, but no passphrase given'), ssh);
    expect(err.code).toBe('engine_permission_denied');
    expect(err.message).toMatch(/identity .* cannot be used: Encrypted private OpenSSH key/);
  });

  it('socket errors on ssh:// read as for tcp://', () => {
    expect(toAppError(sysError('ECONNREFUSED'), ssh).message).toContain('ssh://ops@db.example:2222');
  });
});
