import type { ApolloClient } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LinearProgress } from '@mui/material';
import { createContext, lazy, Suspense, useContext, useEffect, useState, type ReactNode } from 'react';
import { requestGraphql } from './plain-graphql';

/**
 * Where the app's Apollo Client comes from. It is loaded on first need (a screen, the bell, signing out), not
 * with the first page: a visitor on the sign-in screen never downloads it (docs/adr/0022-web-first-download.md).
 * Tests hand in a ready client that an ApolloProvider above the app already provides.
 */
export interface ApiSource {
  /** The client once loaded; undefined before. */
  readonly client: ApolloClient | undefined;
  /** True when an ApolloProvider already wraps the app (tests): boundaries then add none. */
  readonly provided: boolean;
  load(): Promise<ApolloClient>;
  /** Calls `listener` once the client exists (at once if it does); returns an unsubscribe. */
  whenLoaded(listener: (client: ApolloClient) => void): () => void;
}

export function createApiSource(
  create: () => Promise<ApolloClient>,
  { client: ready, provided = false }: { client?: ApolloClient; provided?: boolean } = {},
): ApiSource {
  let client = ready;
  let loading: Promise<ApolloClient> | undefined = ready && Promise.resolve(ready);
  const listeners = new Set<(client: ApolloClient) => void>();
  return {
    get client() {
      return client;
    },
    provided,
    load() {
      loading ??= create().then((created) => {
        client = created;
        for (const listener of listeners) listener(created);
        listeners.clear();
        return created;
      });
      return loading;
    },
    whenLoaded(listener) {
      if (client) {
        listener(client);
        return () => undefined;
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A ready client for tests and tools: already provided above the app by their own ApolloProvider. */
export const providedApiSource = (client: ApolloClient) =>
  createApiSource(() => Promise.resolve(client), { client, provided: true });

const ApiSourceContext = createContext<ApiSource | null>(null);

export function ApiSourceProvider({ source, children }: { source: ApiSource; children: ReactNode }) {
  return <ApiSourceContext.Provider value={source}>{children}</ApiSourceContext.Provider>;
}

export function useApiSource(): ApiSource {
  const source = useContext(ApiSourceContext);
  if (!source) throw new Error('useApiSource outside ApiSourceProvider');
  return source;
}

// From the client's module, not `import('@apollo/client/react')`: a dynamic import of that index keeps every hook
// it re-exports, and with them whichever screen chunk the bundler put some of them in.
const ApolloProvider = lazy(() => import('./apollo-client').then((module) => ({ default: module.ApolloProvider })));

/**
 * Apollo's hooks work inside: the client (and Apollo's React bindings) are loaded when this first renders.
 * `fallback` shows meanwhile; screens pass their progress bar, small shell buttons nothing. With `waitForScreen`
 * (the bell) it does not load the client itself but waits for the current screen to: the inbox loads it only
 * once its first answer is drawn, and nothing else should compete with that answer on a slow line.
 */
export function ApolloBoundary({
  children,
  fallback,
  waitForScreen = false,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  waitForScreen?: boolean;
}) {
  const source = useApiSource();
  const [client, setClient] = useState(source.client);
  useEffect(() => {
    if (client) return;
    if (!waitForScreen) void source.load().then(setClient);
    return source.whenLoaded(setClient);
  }, [client, source, waitForScreen]);
  if (source.provided) return children;
  if (!client) return fallback;
  return (
    <Suspense fallback={fallback}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </Suspense>
  );
}

/** The client once some screen has loaded it, else undefined (re-renders when it arrives); loads nothing itself. */
export function useLoadedClient(): ApolloClient | undefined {
  const source = useApiSource();
  const [client, setClient] = useState(source.client);
  useEffect(() => (client ? undefined : source.whenLoaded(setClient)), [client, source]);
  return client;
}

/** The screens' progress bar while Apollo arrives (a few seconds on a border post's line). */
export const screenFallback = <LinearProgress aria-label="Enlace" />;

/**
 * Sends a mutation through Apollo when it is loaded (tests, after sign-in), else as a plain request: the sign-in
 * screen works without Apollo. Returns the answer's data; errors are thrown either way as Apollo's error types.
 */
export async function sendMutation<TData, TVariables extends Record<string, unknown>>(
  source: ApiSource,
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  context?: Record<string, unknown>,
): Promise<TData | undefined> {
  if (!source.client) return requestGraphql(mutation, variables);
  const result = await source.client.mutate({ mutation, variables, context } as never);
  return (result as { data?: TData }).data;
}
