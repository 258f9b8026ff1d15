import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The viewer is a static app; `trama serve` serves `viewer/dist` and the /api endpoints. */
export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev:viewer` proxies the API to a running `trama serve` (TRAMA_API, default port 8765).
    proxy: { '/api': process.env.TRAMA_API ?? 'http://127.0.0.1:8765' },
  },
});
