import { ApolloLink, type FetchResult } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';

type Reconnected = () => void;
const reconnectListeners = new Set<Reconnected>();

/**
 * Called each time the live connection comes back after it was lost: events sent while it was down are not
 * replayed, so screens refetch what they show.
 */
export function onLiveReconnected(listener: Reconnected): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

export function announceLiveReconnected() {
  for (const listener of reconnectListeners) listener();
}

interface LiveSocket {
  subscribe(
    operation: ApolloLink.Operation,
    sink: { next(value: FetchResult): void; error(error: unknown): void; complete(): void },
  ): () => void;
}

/**
 * The terminating link for subscriptions. graphql-ws is downloaded the first time a screen subscribes (it is
 * not needed to draw the first screen, and the initial bundle has no room for it); its socket opens then.
 */
export function lazyLiveLink(url: () => string): ApolloLink {
  let socket: Promise<LiveSocket> | undefined;
  return new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        let unsubscribe: (() => void) | undefined;
        let closed = false;
        socket ??= import('./live-socket').then(({ createLiveSocket }) => createLiveSocket(url()));
        socket.then(
          (client) => {
            if (closed) return;
            unsubscribe = client.subscribe(operation, observer);
          },
          (error: unknown) => {
            // The chunk could not be fetched (a dropped line): the next subscription tries again.
            socket = undefined;
            observer.error(error);
          },
        );
        return () => {
          closed = true;
          unsubscribe?.();
        };
      }) as unknown as ReturnType<ApolloLink['request']> & Subscription,
  );
}

/** ws:// or wss:// on the page's own origin: the session cookie goes with the upgrade, like with /graphql. */
export function sameOriginSocketUrl(uri: string): string {
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
