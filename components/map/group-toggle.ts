'use client';
import { createContext, useContext } from 'react';

/** Collapses or expands a group of the container view by its node id (`grp:…`); absent outside the dashboard. */
export const GroupToggle = createContext<((groupNodeId: string) => void) | null>(null);

export function useGroupToggle(): ((groupNodeId: string) => void) | null {
  return useContext(GroupToggle);
}
