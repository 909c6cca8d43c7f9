import { z } from 'zod';
import { LAB_IDS } from '../../labs/lab-types';

/** A lab's id in a path (`/api/labs/{id}/…`): one of the eight. */
export const labId = z.enum(LAB_IDS, `must be one of the labs: ${LAB_IDS.join(', ')}`);

/** The body of a lab action: none, or `{}`. */
export const labActionBody = z.strictObject({}).optional();
