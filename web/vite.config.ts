import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.ENLACE_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // `pnpm dev`: the API stays on its own port; the proxy keeps cookies same-origin.
    proxy: { '/graphql': { target: apiTarget, ws: true }, '/api': apiTarget },
  },
  build: { outDir: 'dist', sourcemap: true },
});
