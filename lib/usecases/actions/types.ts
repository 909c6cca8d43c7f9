import 'server-only';
import type { EngineInfo } from '../../topology/types';

/**
 * What an action must know of its engine before asking it anything: the API version netatlas speaks
 * with it (a field of a newer API would be ignored) and its release, to say so in words.
 */
export type EngineFacts = Pick<EngineInfo, 'apiVersion' | 'serverVersion'>;
