// Stands in, in the built app only (vite.config.ts), for MUI's CSS-variables theme and provider: Enlace's theme
// sets neither `cssVariables` nor `colorSchemes`, so MUI takes its plain path (createThemeNoVars,
// ThemeProviderNoVars) and never calls these. Left out, they save some 6 kB over the wire on the first page.
const unused = (name) => () => {
  throw new Error(`MUI ${name} is left out of Enlace's build (web/scripts/mui-without-css-variables.mjs)`);
};
export default unused('createThemeWithVars');
export const CssVarsProvider = unused('CssVarsProvider');
export const Experimental_CssVarsProvider = unused('Experimental_CssVarsProvider');
export const useColorScheme = unused('useColorScheme');
export const getInitColorSchemeScript = unused('getInitColorSchemeScript');
