import { CssBaseline } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiSourceProvider, type ApiSource } from '../api/api-source';
import { currentLanguage } from '../i18n/i18n';
import { SessionProvider } from '../session/session';
import { createEnlaceTheme } from './theme';

/**
 * Everything a screen expects around it; tests wrap screens in the same providers. Apollo Client is not among
 * them: it is loaded where first needed (api/api-source.tsx); tests provide theirs above (`providedApiSource`).
 */
export function AppProviders({ i18n, api, children }: { i18n: I18n; api: ApiSource; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedTheme>
        <ApiSourceProvider source={api}>
          <SessionProvider>{children}</SessionProvider>
        </ApiSourceProvider>
      </LocalizedTheme>
    </I18nextProvider>
  );
}

/** MUI's own texts (pagination, close buttons, pickers) follow the interface language. */
function LocalizedTheme({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const theme = useMemo(() => createEnlaceTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}
