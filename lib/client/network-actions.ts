import type { ConnectResult } from '../api/schemas/action-results';
import type { DisconnectResult } from '../api/schemas/action-results';
import type { Network } from '../topology/types';
import { sendJson } from './fetch-json';
import type { CreateNetworkBody } from '../api/schemas/create-network-body';
import type { ConnectBody, DisconnectBody } from '../api/schemas/endpoint-bodies';

/** Every action names its engine (`engines[].id` of the topology), so it can never land on another host. */
const on = (engineId: string) => `?engine=${encodeURIComponent(engineId)}`;
const at = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

/** The browser's side of the mutation API (docs/api.md, "Changing networks"); every call throws ApiError. */
export const networkActions = {
  create: (engineId: string, body: CreateNetworkBody) => sendJson<Network>('POST', `/api/networks${on(engineId)}`, body),
  remove: (engineId: string, networkId: string) => sendJson<null>('DELETE', `${at(networkId)}${on(engineId)}`),
  prune: (engineId: string) => sendJson<{ removed: string[] }>('POST', `/api/networks/prune${on(engineId)}`, {}),
  connect: (engineId: string, networkId: string, body: ConnectBody) =>
    sendJson<ConnectResult>('POST', `${at(networkId)}/connect${on(engineId)}`, body),
  disconnect: (engineId: string, networkId: string, body: DisconnectBody) =>
    sendJson<DisconnectResult>('POST', `${at(networkId)}/disconnect${on(engineId)}`, body),
};
