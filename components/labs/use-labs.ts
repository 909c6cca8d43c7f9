'use client';
import useSWR from 'swr';
import type { ApiError } from '@/lib/client/fetch-json';
import { fetchLabs } from '@/lib/client/labs-client';
import type { LabSummary } from '@/lib/labs/lab-types';

/**
 * The lab catalogue (GET /api/labs), read once while `wanted` (the Labs panel is open) and shared by
 * every caller: the panel lists it, the dashboard marks the open lab's names from it.
 */
export function useLabs(wanted: boolean) {
  return useSWR<LabSummary[], ApiError>(wanted ? '/api/labs' : null, fetchLabs, {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
}
