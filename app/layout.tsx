import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import BootMark from '@/components/BootMark';
import { BOOT_GUARD_SCRIPT } from '@/lib/client/boot-guard';
import './globals.css';

// Every page is rendered per request: its scripts carry that request's CSP nonce (proxy.ts), which a
// page prerendered at build time could not.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'netatlas',
  description: 'A live map of Docker networks',
};

/** The nonce proxy.ts put in the request's CSP header (Next puts the same on its own scripts). */
async function pageNonce(): Promise<string | undefined> {
  return (await headers()).get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = await pageNonce();
  return (
    <html lang="en">
      <head>
        {/* Before the bundle: a chunk the browser dropped reloads the page instead of leaving it dead (lib/client/boot-guard.ts). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: BOOT_GUARD_SCRIPT }} />
      </head>
      <body>
        <BootMark />
        {children}
      </body>
    </html>
  );
}
