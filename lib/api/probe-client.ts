import type { ProbeResult } from '../analysis/probe-types';
import { sendJson } from './fetch-json';

/** What the page asks a probe to try (docs/api.md, POST /api/probe). */
export interface ProbeRequest {
  from: string;
  to: string;
  port?: number;
  protocol?: 'tcp' | 'icmp';
}

/** Runs a live probe from the page; throws ApiError with the server's words. */
export const runProbe = (body: ProbeRequest) => sendJson<ProbeResult>('POST', '/api/probe', body);
