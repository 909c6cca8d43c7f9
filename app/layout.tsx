import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

// Every page is rendered per request: its scripts carry that request's CSP nonce (proxy.ts), which a
// page prerendered at build time could not.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'netatlas',
  description: 'A live map of Docker networks',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
