import { LinearProgress } from '@mui/material';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { prefetchCatalogues, type ScreenNamespace } from '../i18n/i18n';
import type { ScreenModule } from './screens';

/**
 * A screen's route module, loaded together with its catalogues: the code and the texts download in parallel,
 * and the screen renders once its namespaces are ready in the current language (also after a language switch).
 */
export function withCatalogues(
  lazy: () => Promise<ScreenModule>,
  namespaces: readonly ScreenNamespace[] = [],
): () => Promise<ScreenModule> {
  if (namespaces.length === 0) return lazy;
  return async () => {
    const [route] = await Promise.all([lazy(), prefetchCatalogues(namespaces)]);
    return { Component: screenAfter(namespaces, route.Component) };
  };
}

function screenAfter(namespaces: readonly ScreenNamespace[], Screen: ComponentType) {
  return function ScreenWithCatalogues() {
    const { t, ready } = useTranslation([...namespaces], { useSuspense: false });
    return ready ? <Screen /> : <LinearProgress aria-label={t('app.loading')} />;
  };
}
