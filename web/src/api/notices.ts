import { useSyncExternalStore } from 'react';

/** A short message for the user that no screen asked for (e.g. "your session ended"), shown by the shell. */
export interface Notice {
  id: number;
  message: string;
  severity: 'error' | 'info' | 'success';
}

let notices: readonly Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

export function showNotice(message: string, severity: Notice['severity'] = 'error') {
  // The same failure from several queries at once should read as one message, not a stack of them.
  if (notices.some((notice) => notice.message === message)) return;
  notices = [...notices, { id: nextId++, message, severity }];
  listeners.forEach((listener) => listener());
}

export function dismissNotice(id: number) {
  notices = notices.filter((notice) => notice.id !== id);
  listeners.forEach((listener) => listener());
}

export function useNotices(): readonly Notice[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notices,
  );
}
