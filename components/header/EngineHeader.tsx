import type { Topology } from '@/lib/topology/types';

/** Engine facts: name, version, negotiated API version and counts (for all hosts: how many answer). */
export default function EngineHeader({ topology }: { topology: Topology | undefined }) {
  if (!topology) return <div className="text-sm text-slate-500">No engine data yet</div>;
  const { engine, engines, networks, containers, endpoints } = topology;
  const running = containers.filter((c) => c.state === 'running').length;
  const counts = `${networks.length} networks · ${containers.length} containers (${running} running) · ${endpoints.length} endpoints`;
  if (engines.length > 1) {
    const live = engines.filter((e) => e.state === 'live').length;
    return (
      <div data-testid="engine-facts" className="flex items-baseline gap-3 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">{engines.length} hosts</span>
        <span>{live} live</span>
        <span>{counts}</span>
      </div>
    );
  }
  return (
    <div data-testid="engine-facts" className="flex items-baseline gap-3 text-sm text-slate-700">
      <span className="font-semibold text-slate-900">{engine.name}</span>
      <span>Docker {engine.serverVersion}</span>
      <span data-testid="engine-api" title={engine.engineApiVersion ? `The engine speaks API ${engine.engineApiVersion}${engine.minApiVersion ? ` and accepts ${engine.minApiVersion} or newer` : ''}; netatlas speaks ${engine.apiVersion} with it.` : undefined}>API {engine.apiVersion}</span>
      <span className="text-slate-500">{engine.host}</span>
      <span>{counts}</span>
    </div>
  );
}
