import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway HOME and working directory for engine-source tests, with writers for the files the
 * Docker CLI keeps (config.json, contexts as `docker context create` stores them) and for a netatlas
 * config file. `remove()` deletes it all.
 */
export class TempWorld {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-sources-'));
  readonly home = path.join(this.root, 'home');
  readonly cwd = path.join(this.root, 'work');
  readonly dockerConfigDir = path.join(this.home, '.docker');

  constructor() {
    fs.mkdirSync(this.cwd, { recursive: true });
    fs.mkdirSync(this.dockerConfigDir, { recursive: true });
  }

  /** Writes `content` (a string, or JSON for anything else) at a path under the root; returns the absolute path. */
  write(relative: string, content: unknown): string {
    const file = path.join(this.root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return file;
  }

  /** `netatlas.config.json` in the working directory (or another name there). */
  config(content: unknown, name = 'netatlas.config.json'): string {
    return this.write(path.join('work', name), content);
  }

  /** Writes `<docker config>/config.json` with this currentContext. */
  currentContext(name: string): void {
    fs.writeFileSync(path.join(this.dockerConfigDir, 'config.json'), JSON.stringify({ auths: {}, currentContext: name }, null, '\t'));
  }

  /** A context as `docker context create NAME --docker host=…[,ca=…,cert=…,key=…][,skip-tls-verify=true]` stores it. */
  context(name: string, host: string, opts: { tls?: Array<'ca' | 'cert' | 'key'>; skipTLSVerify?: boolean } = {}): { metaFile: string; tlsDir: string } {
    const hash = createHash('sha256').update(name).digest('hex');
    const metaFile = path.join(this.dockerConfigDir, 'contexts', 'meta', hash, 'meta.json');
    fs.mkdirSync(path.dirname(metaFile), { recursive: true });
    fs.writeFileSync(metaFile, JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: host, SkipTLSVerify: opts.skipTLSVerify ?? false } } }));
    const tlsDir = path.join(this.dockerConfigDir, 'contexts', 'tls', hash, 'docker');
    for (const f of opts.tls ?? []) this.write(path.relative(this.root, path.join(tlsDir, `${f}.pem`)), `-----BEGIN ${f}-----\n`);
    return { metaFile, tlsDir };
  }

  /** The env loadEngineSpecs should see: only what the test gives (never the developer's own DOCKER_HOST). */
  env(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
    return { HOME: this.home, ...vars } as unknown as NodeJS.ProcessEnv;
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
