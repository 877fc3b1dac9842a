import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const gateway = process.env.PORTAL_GATEWAY_URL ?? 'http://localhost:4000';

/**
 * The portal is a static single-page app: `vite build` writes it to dist/apps/portal, which the
 * gateway serves beside /graphql. `vite` (npm run portal:dev) serves it with hot reload and
 * forwards /graphql to a running gateway.
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/portal', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': gateway },
  },
});
