import type { EngineInfo } from '../../topology/types';

/** An engine object a mutation touched, by full id and name (what the UI and the audit line show). */
export interface ObjectRef {
  id: string;
  name: string;
}

/**
 * What an action must know of its engine before asking it anything: the API version netatlas speaks
 * with it (a field of a newer API would be ignored) and its release, to say so in words.
 */
export type EngineFacts = Pick<EngineInfo, 'apiVersion' | 'serverVersion'>;
