import { useSyncExternalStore } from 'react';

/**
 * Whether the user can reach Enlace: the browser's own online flag, plus what the API link observed (a border
 * post's router can be "online" while the server is unreachable). Components read it with useConnection().
 */
export type Connection = 'online' | 'offline' | 'serverUnreachable';

let serverUnreachable = false;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function reportServerReachable(reachable: boolean) {
  if (serverUnreachable === !reachable) return;
  serverUnreachable = !reachable;
  notify();
}

function currentConnection(): Connection {
  if (!navigator.onLine) return 'offline';
  return serverUnreachable ? 'serverUnreachable' : 'online';
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function useConnection(): Connection {
  return useSyncExternalStore(subscribe, currentConnection);
}
