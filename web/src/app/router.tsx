import {
  Component as ReactComponent,
  lazy,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useTransition,
  type ComponentType,
  type ReactNode,
} from 'react';
import {
  matchRoutes,
  Route,
  Router,
  Routes,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  useLocation,
} from 'react-router';
import type { ApiSource } from '../api/api-source';
import { AppShell } from './app-shell';
import { NavigationPending } from './navigation-state';
import { RouteError } from './route-error';
import { NOT_FOUND, SCREENS, type ScreenModule } from './screens';
import { withCatalogues } from './screen-with-catalogues';

/**
 * The address bar, kept in React state. react-router's declarative part (`<Router>` and `<Routes>`) rather than
 * its data router (`createBrowserRouter`): the app loads no data in routes, and the data router is some 15 kB
 * more over the wire on the first page. Address changes are transitions, so the current screen stays on show
 * while the next one's code downloads, and the shell shows a progress bar meanwhile (`useNavigationPending`).
 */
export function EnlaceBrowserRouter({ children }: { children: ReactNode }) {
  const history = useRef<ReturnType<typeof createBrowserHistory>>(null);
  history.current ??= createBrowserHistory({ window, v5Compat: true });
  const [state, setState] = useState({ action: history.current.action, location: history.current.location });
  const [pending, startTransition] = useTransition();
  useLayoutEffect(
    () => history.current?.listen(({ action, location }) => startTransition(() => setState({ action, location }))),
    [],
  );
  return (
    <NavigationPending value={pending}>
      <Router navigator={history.current} location={state.location} navigationType={state.action}>
        {children}
      </Router>
    </NavigationPending>
  );
}

interface ScreenRoute {
  path: string;
  Screen: ComponentType;
  /** Starts downloading the screen (code, texts, Apollo if it needs it); the same download its first render waits for. */
  preload: () => Promise<unknown>;
}

const routesBySource = new WeakMap<ApiSource, ScreenRoute[]>();
let routesWithoutApi: ScreenRoute[] | undefined;

/** One list per API source, so that a preload at startup and the routes' first render share their downloads. */
function screenRoutes(api: ApiSource | undefined): ScreenRoute[] {
  const known = api ? routesBySource.get(api) : routesWithoutApi;
  if (known) return known;
  const routes = [...SCREENS, NOT_FOUND].map(({ path, lazy: load, namespaces, withoutApollo }) => {
    const preload = once(withCatalogues(withoutApollo || !api ? load : withApollo(api, load), namespaces));
    return { path, preload, Screen: lazyScreen(preload) };
  });
  if (api) routesBySource.set(api, routes);
  else routesWithoutApi = routes;
  return routes;
}

/**
 * Starts downloading the screen at `pathname` before React first renders: the first page's code, texts and
 * Apollo Client arrive in parallel with the shell's first render instead of after it (one round trip less on a
 * border post's line; with the declarative router nothing else starts them before `<Routes>` renders).
 */
export function preloadScreen(api: ApiSource, pathname: string): void {
  const routes = screenRoutes(api);
  const match = matchRoutes(routes, pathname)?.at(-1)?.route;
  void match?.preload().catch(() => undefined);
}

/**
 * The app's routes. A screen that needs Apollo Client has it downloaded together with its own code and texts
 * (`api.load()`), not one round trip later when the screen first renders.
 */
export function EnlaceRoutes({ api }: { api?: ApiSource }) {
  const screens = useMemo(() => screenRoutes(api), [api]);
  return (
    // Last resort if the shell itself fails; screen errors are caught below and keep the menu usable.
    <ErrorBoundary>
      <Routes>
        <Route element={<AppShell />}>
          {screens.map(({ path, Screen }) => (
            <Route
              key={path}
              path={path}
              element={
                <ErrorBoundary>
                  <Screen />
                </ErrorBoundary>
              }
            />
          ))}
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}

/** A screen's module as a lazy component; the shell's `<Suspense>` shows progress while it downloads. */
function lazyScreen(load: () => Promise<ScreenModule>): ComponentType {
  return lazy(async () => ({ default: (await load()).Component }));
}

/** The first call's promise, for every call; a failed download is tried again on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

function withApollo<T>(api: ApiSource, load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([load(), api.load()]))[0];
}

/** Shows `RouteError` instead of what threw below it, until the address changes (React logs the error). */
function ErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorCatcher pathname={pathname}>{children}</ErrorCatcher>;
}

class ErrorCatcher extends ReactComponent<
  { pathname: string; children: ReactNode },
  { error: unknown; pathname: string; failed: boolean }
> {
  override state = { error: undefined as unknown, pathname: this.props.pathname, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(
    props: { pathname: string },
    state: { pathname: string },
  ): { error?: undefined; failed?: false; pathname: string } | null {
    return props.pathname === state.pathname ? null : { error: undefined, failed: false, pathname: props.pathname };
  }

  override render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
