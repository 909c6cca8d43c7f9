import type { ApiError } from '@/lib/api/fetch-json';

/** The state of the link to the engine, in words: loading, live, or unreachable (retrying). */
export default function ConnectionStatus({ loading, error, updatedAt }: { loading: boolean; error?: ApiError; updatedAt?: number }) {
  let dot = 'bg-slate-400';
  let text = 'Connecting…';
  if (error) {
    dot = 'bg-red-500';
    text = error.code === 'server_unreachable' ? 'netatlas server unreachable · retrying' : 'Engine unreachable · retrying';
  } else if (!loading && updatedAt) {
    dot = 'bg-emerald-500';
    text = `Live · refreshed ${new Date(updatedAt).toLocaleTimeString()}`;
  }
  return (
    <div role="status" aria-live="polite" data-testid="connection-status" className="flex items-center gap-2 text-xs text-slate-600">
      <span className={`h-2.5 w-2.5 rounded-full ${dot}`} />
      {text}
    </div>
  );
}
