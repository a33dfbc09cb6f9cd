import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react(), tailwindcss()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/admin', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // The realtime entry must come before /v1 so the WebSocket upgrade is proxied.
    proxy: {
      '/v1/realtime': { target: api, ws: true },
      '/v1': { target: api },
      '/media': { target: api },
    },
  },
});
