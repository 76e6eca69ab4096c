import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const apiTarget = process.env.ENLACE_API ?? 'http://localhost:4000';

// react-router 7 exports only its development build (extra checks and warnings); its production build ships in the
// same package, and `vite build` uses it.
const reactRouterProduction = [
  { find: /^react-router$/, file: 'index.mjs' },
  { find: /^react-router\/dom$/, file: 'dom-export.mjs' },
].map(({ find, file }) => ({
  find,
  replacement: fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url)),
}));

// MUI's CSS-variables theme and provider, which Enlace's theme never reaches (see the stub's comment).
const muiWithoutCssVariables = {
  find: /^\.\/(createThemeWithVars|ThemeProviderWithVars)\.mjs$/,
  replacement: fileURLToPath(new URL('./scripts/mui-without-css-variables.mjs', import.meta.url)),
};

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: { alias: command === 'build' ? [...reactRouterProduction, muiWithoutCssVariables] : [] },
  server: {
    port: 5173,
    // `pnpm dev`: the API stays on its own port; the proxy keeps cookies same-origin.
    proxy: { '/graphql': { target: apiTarget, ws: true }, '/api': apiTarget },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically, in one file: each response costs about 1 kB of headers, and
          // the shell was split into some 45 shared chunks because lazy screens import the same modules.
          // Apollo Client, its React bindings and what they use, loaded with the first screen that needs it (never
          // on the sign-in screen): one file rather than a dozen small ones shared between screens.
          groups: [
            { name: 'app', tags: ['$initial'] },
            { name: 'apollo', test: /node_modules[\\/](@apollo|rxjs|optimism|@wry|tslib)[\\/]/ },
            // The MUI parts of the sign-in form, and apart from them the MUI components many screens share: a
            // visitor does not download the second, a signed-in officer gets both in two files, not thirty.
            {
              name: 'sign-in-ui',
              test: /node_modules[\\/]@mui[\\/]material[\\/](OutlinedInput|InputBase|FormControl|InputLabel|FormLabel|FormHelperText|Link|Card|CardContent)[\\/]/,
            },
            // The country and language pickers (Autocomplete, its popup layer Popper.js, their wrappers, their form
            // binding and the comma lists it reads): shared by enough screens to land in 'mui' otherwise, which the
            // inbox waits for. One file: every file more is one name more in the shell's list of files, which ships
            // with the sign-in screen.
            {
              name: 'pickers',
              test: /(node_modules[\\/](@popperjs[\\/]|@mui[\\/]material[\\/](Autocomplete|useAutocomplete|Popper)[\\/])|src[\\/]forms[\\/](country-picker|language-picker|languages|form-picker-field|lists)\.tsx?$)/,
              includeDependenciesRecursively: false,
            },
            // The forms' libraries in one file (react-hook-form would otherwise be a file of its own for the pickers).
            { name: 'zod', test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
            // Of those, what the officers' first screen (the inbox) does not draw comes in a file of its own, so the
            // inbox does not wait for tabs, dialogs, radio buttons and checkboxes it never shows (before 'mui': the first match wins).
            {
              name: 'mui-more',
              test: /node_modules[\\/]@mui[\\/]material[\\/](Tabs?|TabScrollButton|Dialog\w*|Radio\w*|Checkbox|ListItem|ListItemSecondaryAction|FormGroup|AlertTitle)[\\/]/,
              minShareCount: 4,
              // Not what they use (Modal, Fade, ButtonBase…): the inbox's Select needs those from 'mui'.
              includeDependenciesRecursively: false,
            },
            { name: 'mui', test: /node_modules[\\/]@mui[\\/]material[\\/]/, minShareCount: 4 },
          ],
        },
      },
    },
  },
}));
