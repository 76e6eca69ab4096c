// What a page downloads over the wire, read from Chromium's network log (DevTools protocol): the bytes of each
// response as received, compressed and with headers (`encodedDataLength`), with the browser cache off.
import type { Page } from 'playwright-core';

export interface WireLog {
  /** Bytes received so far, per URL path (one entry per request). */
  responses(): { path: string; bytes: number }[];
  total(): number;
  stop(): Promise<void>;
}

export async function recordWireBytes(page: Page): Promise<WireLog> {
  const cdp = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = () =>
    [...bytes].map(([id, size]) => ({ path: new URL(urls.get(id) ?? 'about:blank').pathname, bytes: size }));
  return {
    responses,
    total: () => responses().reduce((sum, response) => sum + response.bytes, 0),
    stop: () => cdp.detach(),
  };
}

/** Waits until no request has finished for `quietMs`: lazily loaded chunks and catalogues have arrived. */
export async function networkQuiet(page: Page, quietMs = 500): Promise<void> {
  await page.waitForLoadState('networkidle');
  await new Promise((resolve) => setTimeout(resolve, quietMs));
}
