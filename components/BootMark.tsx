'use client';
import { useEffect } from 'react';

/** Marks the page as started (`<html data-booted>`): from then on a failed chunk is not the boot guard's business. */
export default function BootMark() {
  useEffect(() => {
    document.documentElement.setAttribute('data-booted', '');
  }, []);
  return null;
}
