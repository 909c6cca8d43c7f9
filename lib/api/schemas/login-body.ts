import { z } from 'zod';

/** POST /api/login: the token, and nothing else. */
export const loginBody = z.strictObject({
  token: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
});
