import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { CssBaseline } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { SessionProvider } from '../session/session';
import { createEnlaceTheme } from './theme';

/** Everything a screen expects around it; tests wrap screens in the same providers. */
export function AppProviders({ i18n, client, children }: { i18n: I18n; client: ApolloClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedTheme>
        <ApolloProvider client={client}>
          <SessionProvider>{children}</SessionProvider>
        </ApolloProvider>
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
