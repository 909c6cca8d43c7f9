import type { ConnectResult } from '../engine/actions/connect-container';
import type { DisconnectResult } from '../engine/actions/disconnect-container';
import type { Network } from '../topology/types';
import { sendJson } from './fetch-json';
import type { CreateNetworkBody } from './schemas/create-network-body';
import type { ConnectBody, DisconnectBody } from './schemas/endpoint-bodies';

const at = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

/** The browser's side of the mutation API (docs/api.md, "Changing networks"); every call throws ApiError. */
export const networkActions = {
  create: (body: CreateNetworkBody) => sendJson<Network>('POST', '/api/networks', body),
  remove: (networkId: string) => sendJson<null>('DELETE', at(networkId)),
  prune: () => sendJson<{ removed: string[] }>('POST', '/api/networks/prune', {}),
  connect: (networkId: string, body: ConnectBody) => sendJson<ConnectResult>('POST', `${at(networkId)}/connect`, body),
  disconnect: (networkId: string, body: DisconnectBody) => sendJson<DisconnectResult>('POST', `${at(networkId)}/disconnect`, body),
};
