import { AppError, type ErrorCode } from '../errors/app-error';

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

/**
 * What to do about an engine refusal whose words alone leave the user guessing. The first match wins:
 * Engine 28 lists every reason at once ("invalid endpoint settings:\n* …\n* …"), most specific first here.
 */
const HINTS: Array<[RegExp, string]> = [
  [/user specified IP address is supported on user defined networks only/i,
    'The default bridge hands out addresses itself: leave the address empty, or use a user-defined network with a subnet.'],
  [/user specified IP address is supported only when connecting to networks with user configured subnets/i,
    'Leave the address empty and the engine picks one; to choose addresses, create the network with a subnet (--subnet).'],
  [/sharing network namespace with another container or host cannot be connected/i,
    'It uses the host’s or another container’s network stack (network mode host or container:…), so it joins no network of its own; for container:…, connect the container that owns the stack.'],
  [/pool overlaps/i, 'Pick a subnet that no other network on this engine uses, or leave it empty and the engine picks one.'],
];

const ENGINE_ANSWERS = new Set<ErrorCode>(['engine_error', 'forbidden', 'bad_request', 'conflict']);

/**
 * The engine's error with the code its words mean and, where they leave the user guessing, a hint;
 * connection errors and 404s pass unchanged.
 */
export function refineEngineError(err: unknown): unknown {
  if (!(err instanceof AppError) || !ENGINE_ANSWERS.has(err.code)) return err;
  const rule = RULES.find(([pattern]) => pattern.test(err.message));
  const hint = err.hint ?? HINTS.find(([pattern]) => pattern.test(err.message))?.[1];
  const code = rule ? rule[1] : err.code;
  return code !== err.code || hint !== err.hint ? new AppError(code, err.message, hint) : err;
}
