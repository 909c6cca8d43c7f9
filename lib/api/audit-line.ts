/** Keeps a user-given value to one harmless token: no spaces, no CR/LF (no forged log lines), bounded. */
function token(value: string): string {
  const clean = value.replace(/[^A-Za-z0-9_.:/=,@+-]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean || '-';
}

/**
 * One audit line for a mutation: `[netatlas audit] <ISO time> <action> <target> <result>`. The target
 * holds names and ids only, never a request body.
 */
export function auditLine(action: string, target: string, result: string, now = new Date()): string {
  return `[netatlas audit] ${now.toISOString()} ${token(action)} ${token(target)} ${token(result)}`;
}
