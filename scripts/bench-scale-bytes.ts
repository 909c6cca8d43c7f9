/**
 * Bytes the page receives, as Chromium itself counts them (CDP Network domain): headers at
 * responseReceived, each body chunk's encodedDataLength at dataReceived (the EventSource stream only
 * ever gets these: it never finishes), and at loadingFinished whatever the total says was not yet
 * counted. Each count is stamped with this process's clock, so bytes can be attributed to the change
 * whose window they arrived in.
 */
import { performance } from 'node:perf_hooks';
import type { CDPSession } from '@playwright/test';

interface Arrival {
  at: number;
  bytes: number;
  url: string;
}

export class ByteLedger {
  private readonly arrivals: Arrival[] = [];
  private readonly counted = new Map<string, number>();
  private readonly urls = new Map<string, string>();

  private add(requestId: string, bytes: number): void {
    if (bytes <= 0) return;
    this.counted.set(requestId, (this.counted.get(requestId) ?? 0) + bytes);
    this.arrivals.push({ at: performance.now(), bytes, url: this.urls.get(requestId) ?? '?' });
  }

  /** Starts listening on a page's CDP session (Network.enable). */
  static async attach(cdp: CDPSession): Promise<ByteLedger> {
    const ledger = new ByteLedger();
    cdp.on('Network.requestWillBeSent', (e) => ledger.urls.set(e.requestId, new URL(e.request.url).pathname));
    cdp.on('Network.responseReceived', (e) => ledger.add(e.requestId, e.response.encodedDataLength));
    cdp.on('Network.dataReceived', (e) => ledger.add(e.requestId, e.encodedDataLength));
    cdp.on('Network.loadingFinished', (e) => ledger.add(e.requestId, e.encodedDataLength - (ledger.counted.get(e.requestId) ?? 0)));
    await cdp.send('Network.enable');
    return ledger;
  }

  /** Bytes that arrived in [from, to) (this process's performance.now()). */
  between(from: number, to: number): number {
    return this.arrivals.filter((a) => a.at >= from && a.at < to).reduce((s, a) => s + a.bytes, 0);
  }

  /** Bytes in [from, to) per URL path, largest first: where a change's bytes went. */
  byUrl(from: number, to: number): Array<[string, number]> {
    const by = new Map<string, number>();
    for (const a of this.arrivals) if (a.at >= from && a.at < to) by.set(a.url, (by.get(a.url) ?? 0) + a.bytes);
    return [...by.entries()].sort((a, b) => b[1] - a[1]);
  }
}
