import 'server-only';
import { AppError } from '../errors/app-error';
import type { Topology } from '../topology/types';
import type { TopologyFeed } from './topology-feed';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The map as it was at `time` (ms) from the feed's history: the version then and when it began. A
 * time before the oldest kept is 410 `history_gone`, saying from when the history answers.
 */
export async function mapAt(feed: TopologyFeed, time: number): Promise<{ topology: Topology; version: number; at: number }> {
  const answer = await feed.at(time);
  if (answer.ok) return answer;
  if (answer.reason === 'gone') {
    throw new AppError('history_gone', `The map of ${iso(time)} is no longer kept: this server's history goes back to ${iso(answer.oldest)}.`,
      'netatlas keeps the map since the server started, up to its limits (see GET /api/history); pick a later time.');
  }
  throw new AppError('engine_unreachable', 'No map has been read yet: the engine has not answered since the server started.');
}
