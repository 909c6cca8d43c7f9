'use client';
import type { ApiError } from '@/lib/client/fetch-json';
import { useOpener } from '../snapshot/use-snapshot-opener';

const TITLES: Record<string, string> = {
  engine_unreachable: 'The Docker engine is not reachable',
  engine_permission_denied: 'No permission to use the Docker engine',
  engine_too_old: 'This Docker engine is too old',
  invalid_docker_host: 'DOCKER_HOST is not usable',
  server_unreachable: 'The netatlas server is not answering',
  forbidden: 'Access refused',
};

/**
 * The engine error in words: what was tried, why it failed, how to fix it; that it retries; and, so
 * that a first start without Docker still shows a real map, the sample map and opening a snapshot.
 */
export default function EngineProblem({ error, onRetry, retrySeconds }: { error: ApiError; onRetry: () => void; retrySeconds: number }) {
  const opener = useOpener();
  return (
    <div role="alert" data-testid="engine-problem" className="mx-auto mt-16 max-w-2xl rounded-xl border border-red-200 bg-white p-6 shadow-sm">
      <h2 className="text-lg font-semibold text-red-700">{TITLES[error.code] ?? 'Something went wrong'}</h2>
      <p className="mt-2 text-slate-800">{error.message}</p>
      {error.hint && <p className="mt-2 text-slate-600">How to fix: {error.hint}</p>}
      <p className="mt-4 text-sm text-slate-500">
        netatlas retries every {retrySeconds} s by itself.{' '}
        <button type="button" onClick={onRetry} className="font-medium text-sky-700 underline">Retry now</button>
      </p>
      <div className="mt-5 border-t border-slate-200 pt-4">
        <button type="button" data-testid="explore-sample" onClick={() => void opener.openSample()} disabled={opener.busy !== null}
          className="rounded-md bg-sky-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-700 disabled:bg-slate-400">
          Explore the sample map
        </button>
        <p className="mt-2 text-sm text-slate-600">
          The tutorial&apos;s setup — a data pipeline, a frontend/backend split, the default bridge, host and none, and the classic
          mistakes — captured from a real engine. Or open a snapshot file: Snapshots → Open snapshot…, or drop it on this page.
        </p>
      </div>
    </div>
  );
}
