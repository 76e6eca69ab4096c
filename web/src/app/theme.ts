import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, esES, frFR, ptBR, type Localization } from '@mui/material/locale';
import type { Language } from '../i18n/languages';

const MUI_LOCALES: Record<Language, Localization> = { es: esES, en: enUS, pt: ptBR, fr: frFR };

/**
 * System fonts only (no web font to download on a slow link) and a dense-enough scale for 13" laptops.
 * Colours keep 4.5:1 contrast on white for text and controls.
 */
export function createEnlaceTheme(language: Language): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: '#0b5563' },
        secondary: { main: '#6a3d9a' },
        background: { default: '#f4f6f8' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
        h1: { fontSize: '1.75rem', fontWeight: 600 },
        h2: { fontSize: '1.35rem', fontWeight: 600 },
      },
      components: {
        // Links written as plain anchors (a router link, a link inside a translated text) in the theme's colour
        // like MUI's Link, not the browser's blue and purple; a visited link keeps it, as MUI's does.
        MuiCssBaseline: {
          styleOverrides: (theme: Theme) => ({
            'a:not([class])': { color: theme.palette.primary.main },
            'a:not([class]):visited': { color: theme.palette.primary.main },
          }),
        },
        // Sentence case: capitals are harder to read, and accents on capitals are often dropped.
        MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
        MuiTextField: { defaultProps: { fullWidth: true, margin: 'normal' } },
        // A chip longer than its room wraps instead of ending in "…" (a survivor's vulnerability, an agency's full
        // name, a status in a narrow column at 390 px), its words whole. Short chips keep MUI's height.
        MuiChip: {
          styleOverrides: {
            root: { maxWidth: '100%', height: 'auto', minHeight: 32, '&.MuiChip-sizeSmall': { minHeight: 24 } },
            label: { whiteSpace: 'normal', overflowWrap: 'break-word', paddingTop: 2, paddingBottom: 2 },
          },
        },
      },
    },
    MUI_LOCALES[language],
  );
}
