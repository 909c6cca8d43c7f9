import type { ApiError } from '@/lib/client/fetch-json';
import type { LinkStatus } from '../hooks/use-engine-events';
import { clockTime } from '@/lib/client/clock-time';

function describe(link: LinkStatus, error: ApiError | undefined, updatedAt: number | undefined): { dot: string; text: string } {
  if (link.state === 'server-lost' || error?.code === 'server_unreachable') return { dot: 'bg-red-500', text: 'netatlas server unreachable · reconnecting' };
  if (link.state === 'unreachable' || link.state === 'reconnecting' || error) return { dot: 'bg-red-500', text: 'Engine unreachable · reconnecting' };
  const away = (link.engines ?? []).filter((e) => e.state !== 'live');
  const when = updatedAt ? ` · updated ${clockTime(updatedAt)}` : '';
  if (link.state === 'live' && away.length) {
    const names = away.map((e) => `${e.id} ${e.state}`).join(', ');
    return { dot: 'bg-amber-500', text: `Live on ${link.engines!.length - away.length} of ${link.engines!.length} engines (${names})${when}` };
  }
  if (link.state === 'live') return { dot: 'bg-emerald-500', text: `Live${when}` };
  return { dot: 'bg-slate-400', text: 'Connecting…' };
}

/** The link to the engine in words: connecting, live, or unreachable (reconnecting by itself). */
export default function ConnectionStatus({ link, error, updatedAt }: { link: LinkStatus; error?: ApiError; updatedAt?: number }) {
  const { dot, text } = describe(link, error, updatedAt);
  return (
    <div role="status" aria-live="polite" data-testid="connection-status" data-state={link.state} className="flex items-center gap-2 text-xs text-slate-600">
      <span className={`h-2.5 w-2.5 rounded-full ${dot}`} />
      {text}
    </div>
  );
}
