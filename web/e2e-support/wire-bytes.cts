// What a page downloads over the wire, read from Chromium's network log (DevTools protocol): the bytes of each
// response as received, compressed and with headers (`encodedDataLength`), with the browser cache off.
import type { Page } from 'playwright-core';

export interface WireLog {
  /** Bytes received so far, per URL path (one entry per request, in the order they were sent). */
  responses(): { path: string; bytes: number }[];
  /**
   * The responses to requests the page sent before the performance mark `markName` (the document included):
   * what a screen waited for before it was usable, without what it loads after. The page's own resource timing
   * says which requests started before the mark, on the same clock as the mark.
   */
  responsesBefore(markName: string): Promise<{ path: string; bytes: number }[]>;
  total(): number;
  stop(): Promise<void>;
}

export async function recordWireBytes(page: Page): Promise<WireLog> {
  const cdp = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!urls.has(event.requestId)) urls.set(event.requestId, event.request.url);
  });
  cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = () =>
    [...urls]
      .filter(([id]) => bytes.has(id))
      .map(([id, url]) => ({ path: new URL(url).pathname, bytes: bytes.get(id) ?? 0 }));
  const responsesBefore = async (markName: string) => {
    const before = await page.evaluate((name) => {
      const mark = performance.getEntriesByName(name, 'mark')[0];
      if (!mark) throw new Error(`no performance mark ${name}`);
      const started = performance.getEntriesByType('resource').filter((entry) => entry.startTime < mark.startTime);
      return started.map((entry) => new URL(entry.name).pathname);
    }, markName);
    // The document first (a navigation, not a resource entry), then as many requests of each path as started.
    const wanted = new Map<string, number>();
    for (const path of before) wanted.set(path, (wanted.get(path) ?? 0) + 1);
    const all = responses();
    return all.filter((response, index) => {
      if (index === 0) return true;
      const left = wanted.get(response.path) ?? 0;
      wanted.set(response.path, left - 1);
      return left > 0;
    });
  };
  return {
    responses,
    responsesBefore,
    total: () => responses().reduce((sum, response) => sum + response.bytes, 0),
    stop: () => cdp.detach(),
  };
}

/** Waits until no request has finished for `quietMs`: lazily loaded chunks and catalogues have arrived. */
export async function networkQuiet(page: Page, quietMs = 500): Promise<void> {
  await page.waitForLoadState('networkidle');
  await new Promise((resolve) => setTimeout(resolve, quietMs));
}
