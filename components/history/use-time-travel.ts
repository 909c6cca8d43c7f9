'use client';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';

/** Looking at the past: whether the timeline is open, and the time looked at (null: now, live). */
export interface TimeTravel {
  open: boolean;
  setOpen(open: boolean): void;
  /** The time looked at (ms), or null for the live map. */
  at: number | null;
  /** Opens the map as it was at `time` (the timeline opens with it). */
  goTo(time: number): void;
  /** Back to the live map ("Now"). */
  now(): void;
}

export const TimeTravelContext = createContext<TimeTravel | null>(null);

export function useTimeTravel(): TimeTravel {
  const t = useContext(TimeTravelContext);
  if (!t) throw new Error('useTimeTravel outside <TimeTravelContext>');
  return t;
}

/** The page's time-travel state (held above the views, so that going back and forth keeps it). */
export function useTimeTravelState(): TimeTravel {
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState<number | null>(null);
  const goTo = useCallback((time: number) => {
    setOpen(true);
    setAt(time);
  }, []);
  const now = useCallback(() => setAt(null), []);
  return useMemo(() => ({ open, setOpen, at, goTo, now }), [open, at, goTo, now]);
}
