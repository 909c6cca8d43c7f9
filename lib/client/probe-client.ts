import type { ProbeResult } from '../analysis/probe-types';
import { sendJson } from './fetch-json';

/** What the page asks a probe to try (docs/api.md, POST /api/probe). */
export interface ProbeRequest {
  from: string;
  to: string;
  port?: number;
  protocol?: 'tcp' | 'icmp';
}

/** Runs a live probe on the engine both containers run on; throws ApiError with the server's words. */
export const runProbe = (engineId: string, body: ProbeRequest) =>
  sendJson<ProbeResult>('POST', `/api/probe?engine=${encodeURIComponent(engineId)}`, body);
