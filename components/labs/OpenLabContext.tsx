'use client';
import { createContext, useContext } from 'react';
import type { LabSummary } from '@/lib/labs/lab-types';

/**
 * The lab open in the Labs panel, or null: the map marks its containers and networks, and a network
 * created from the map meanwhile is labelled for it (`netatlas.lab=<id>`), so its Reset removes it.
 */
export const OpenLab = createContext<LabSummary | null>(null);

/** The lab open in the Labs panel, or null when none is (or the panel is closed). */
export function useOpenLab(): LabSummary | null {
  return useContext(OpenLab);
}
