import { ApolloLink, type FetchResult } from '@apollo/client';
import { Observable } from 'rxjs';
import { reportServerReachable } from './connection-status';

/**
 * The terminating link for subscriptions. Everything about the WebSocket (graphql-ws, reconnection) lives in
 * ./live-transport, downloaded the first time a screen subscribes: the first screen does not need it, and the
 * initial bundle has no room for it. This stub is all the shell carries.
 */
export function lazyLiveLink(uri: string): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        let stop: (() => void) | undefined;
        let closed = false;
        import('./live-transport').then(
          ({ subscribeLive }) => {
            if (!closed) stop = subscribeLive(uri, operation, observer, () => reportServerReachable(true));
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          stop?.();
        };
      }) as unknown as ReturnType<ApolloLink['request']>,
  );
}
