import { LinearProgress } from '@mui/material';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { LazyRouteFunction, NonIndexRouteObject } from 'react-router';
import { prefetchCatalogues, type ScreenNamespace } from '../i18n/i18n';

/**
 * A screen's route module, loaded together with its catalogues: the code and the texts download in parallel,
 * and the screen renders once its namespaces are ready in the current language (also after a language switch).
 */
export function withCatalogues(
  lazy: LazyRouteFunction<NonIndexRouteObject>,
  namespaces: readonly ScreenNamespace[] = [],
): LazyRouteFunction<NonIndexRouteObject> {
  if (namespaces.length === 0) return lazy;
  return async () => {
    const [route] = await Promise.all([lazy(), prefetchCatalogues(namespaces)]);
    const Screen = route.Component;
    if (!Screen) return route;
    return { ...route, Component: screenAfter(namespaces, Screen) };
  };
}

function screenAfter(namespaces: readonly ScreenNamespace[], Screen: ComponentType) {
  return function ScreenWithCatalogues() {
    const { t, ready } = useTranslation([...namespaces], { useSuspense: false });
    return ready ? <Screen /> : <LinearProgress aria-label={t('app.loading')} />;
  };
}
