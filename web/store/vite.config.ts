import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// Paths come from import.meta.url (Vite rewrites it to this file's location when it
// bundles the config), so this file needs no Node typings.
const here = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname);
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react(), tailwindcss()],
  build: {
    outDir: here('../../dist/web/store'),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/v1/realtime': { target: api, ws: true, changeOrigin: true },
      '/v1': { target: api, changeOrigin: true },
      '/media': { target: api, changeOrigin: true },
    },
  },
});
