'use client';
import { useState } from 'react';
import type { ProbeResult } from '@/lib/analysis/probe-types';
import { ApiError } from '@/lib/client/fetch-json';
import { runProbe } from '@/lib/client/probe-client';
import type { Container } from '@/lib/topology/types';
import { useActions } from '../actions/ActionsContext';
import { DialogError } from '../actions/Dialog';
import ProbeResultView from './ProbeResultView';

/** The port to try first: one the target exposes or publishes (its container side), else ping. */
function defaultPort(to: Container): string {
  const port = to.ports.find((p) => p.protocol === 'tcp')?.containerPort ?? to.exposedPorts.find((p) => p.protocol === 'tcp')?.containerPort;
  return port ? String(port) : '';
}

/**
 * "Prove it": a short-lived helper container in A's network stack resolves B's names and connects to
 * the port (or pings). Hidden in read-only mode, where the server refuses probes like any change.
 */
export default function ProbeForm({ from, to }: { from: Container; to: Container }) {
  const { readOnly, readOnlyWhy } = useActions();
  const [port, setPort] = useState(() => defaultPort(to));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ProbeResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (readOnly) return <p className="text-xs text-slate-500">Live probes are off: {readOnlyWhy}</p>;
  const portNumber = Number(port);
  const badPort = port !== '' && !(Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535);
  const prove = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await runProbe(from.engineId, { from: from.id, to: to.id, ...(port ? { port: portNumber, protocol: 'tcp' as const } : { protocol: 'icmp' as const }) }));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('internal', String(err), 0));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-2">
      <div className="flex items-end gap-2">
        <label className="block">
          <span className="text-xs text-slate-500">TCP port (empty: ping)</span>
          <input
            name="probe-port"
            inputMode="numeric"
            value={port}
            onChange={(e) => setPort(e.target.value.trim())}
            placeholder="ping"
            aria-invalid={badPort}
            className="block w-24 rounded border border-slate-300 px-2 py-1 font-mono text-[13px]"
          />
        </label>
        <button
          type="button"
          data-testid="probe-button"
          disabled={busy || badPort}
          onClick={prove}
          className="rounded-md bg-sky-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-700 disabled:bg-sky-300"
        >
          {busy ? 'Probing…' : 'Prove it'}
        </button>
      </div>
      {badPort && <p className="text-xs text-red-700">A port is a number from 1 to 65535.</p>}
      {busy && <p className="text-xs text-slate-500">Running a helper container inside {from.name}’s network stack{from.engineId !== to.engineId ? ` (on ${from.name}’s host)` : ''}…</p>}
      {error && <DialogError message={error.message} hint={error.hint} />}
      {result && <ProbeResultView result={result} />}
    </div>
  );
}
