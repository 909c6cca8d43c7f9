'use client';
import { useEffect, useRef, useState } from 'react';

/** A header menu's open state: closed by Escape or a pointer outside it (`root`). */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  return { open, setOpen, root };
}

/** The look of a menu's items. */
export const MENU_ITEM = 'block w-full px-3 py-1.5 text-left text-slate-800 hover:bg-sky-50';
export const MENU_BUTTON = 'rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50';
export const MENU_LIST = 'absolute right-0 z-20 mt-1 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg';
