import { AppError, type ErrorCode } from '../api/app-error';

/**
 * Engine answers whose HTTP status hides their meaning (20.10 sends a pool overlap as 403 and a bad
 * static address as 500): the message decides. The engine's words are kept as the message.
 */
const RULES: Array<[RegExp, ErrorCode]> = [
  [/pool overlaps/i, 'conflict'],
  [/already exists/i, 'conflict'],
  [/has active endpoints/i, 'conflict'],
  [/address already in use|already allocated/i, 'conflict'],
  [/not a swarm manager/i, 'conflict'],
  [/non-overlapping ipv4 address pool|no available (ipv4 )?(address )?pool/i, 'conflict'],
  [/is not connected to (the )?network/i, 'conflict'],
  [/does not belong to any of this network's subnets|out of range|invalid (address|subnet|ip)/i, 'bad_request'],
];

const ENGINE_ANSWERS = new Set<ErrorCode>(['engine_error', 'forbidden', 'bad_request', 'conflict']);

/** The engine's error with the code its words mean; connection errors and 404s pass unchanged. */
export function refineEngineError(err: unknown): unknown {
  if (!(err instanceof AppError) || !ENGINE_ANSWERS.has(err.code)) return err;
  const rule = RULES.find(([pattern]) => pattern.test(err.message));
  return rule && rule[1] !== err.code ? new AppError(rule[1], err.message, err.hint) : err;
}
