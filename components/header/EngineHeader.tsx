import type { EngineFacts } from '@/lib/topology/engine-facts';

/** Engine facts: name, version, negotiated API version and counts (for all hosts: how many answer). */
export default function EngineHeader({ facts }: { facts: EngineFacts | undefined }) {
  if (!facts) return <div className="text-sm text-slate-500">No engine data yet</div>;
  const counts = `${facts.networks} networks · ${facts.containers} containers (${facts.running} running) · ${facts.endpoints} endpoints`;
  if (facts.hosts > 1) {
    return (
      <div data-testid="engine-facts" className="flex items-baseline gap-3 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">{facts.hosts} hosts</span>
        <span>{facts.live} live</span>
        <span>{counts}</span>
      </div>
    );
  }
  return (
    <div data-testid="engine-facts" className="flex items-baseline gap-3 text-sm text-slate-700">
      <span className="font-semibold text-slate-900">{facts.name}</span>
      <span>Docker {facts.serverVersion}</span>
      <span data-testid="engine-api" title={facts.engineApiVersion ? `The engine speaks API ${facts.engineApiVersion}${facts.minApiVersion ? ` and accepts ${facts.minApiVersion} or newer` : ''}; netatlas speaks ${facts.apiVersion} with it.` : undefined}>API {facts.apiVersion}</span>
      <span className="text-slate-500">{facts.host}</span>
      <span>{counts}</span>
    </div>
  );
}
