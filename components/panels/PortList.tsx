import { PORT_SCOPE_LABEL, toPortScope } from '@/lib/analysis/port-scope';
import type { Container } from '@/lib/topology/types';

const SCOPE_TONE = { all: 'bg-amber-50 text-amber-800', loopback: 'bg-emerald-50 text-emerald-800', specific: 'bg-slate-100 text-slate-700' };

function hostAddress(ip: string): string {
  return ip.includes(':') ? `[${ip}]` : ip;
}

/** Published ports as HOST_IP:HOST_PORT -> CONTAINER_PORT/PROTO with who can reach them; exposed ports apart. */
export default function PortList({ container: c }: { container: Container }) {
  const running = c.state === 'running';
  return (
    <div className="space-y-2 text-sm">
      {c.ports.length === 0 ? (
        <p className="text-slate-500">Nothing is published to the host.</p>
      ) : (
        <ul data-testid="published-ports" className="space-y-1">
          {c.ports.map((p) => {
            const scope = toPortScope(p.hostIp);
            return (
              <li key={`${p.hostIp}:${p.hostPort}/${p.protocol}`} className="flex flex-wrap items-center gap-2">
                <code className="font-mono text-xs text-slate-900">
                  {hostAddress(p.hostIp)}:{p.hostPort} → {p.containerPort}/{p.protocol}
                </code>
                <span className={`rounded px-1.5 text-xs ${SCOPE_TONE[scope]}`}>{PORT_SCOPE_LABEL[scope]}</span>
              </li>
            );
          })}
        </ul>
      )}
      {!running && c.ports.length > 0 && <p className="text-xs text-slate-500">Not running: these are the bindings it asks for.</p>}
      <p className="text-xs text-slate-500">Published ports are for traffic from the host and beyond; other containers use the container port on a shared network.</p>
      <div>
        <div className="text-xs font-medium text-slate-500">Exposed, not published</div>
        {c.exposedPorts.length === 0 ? (
          <span className="text-slate-500">none</span>
        ) : (
          <span data-testid="exposed-ports" className="font-mono text-xs text-slate-800">
            {c.exposedPorts.map((e) => `${e.containerPort}/${e.protocol}`).join(', ')}
          </span>
        )}
      </div>
    </div>
  );
}
