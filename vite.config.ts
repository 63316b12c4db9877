import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app: index.html at the project root, built into dist-web (the server serves it). Each page
 * is a lazy chunk (research/stack-check.md §4). The shared base chunk (react-dom, antd's core, zod for
 * the contracts, TanStack Query) is about 570 kB raw / 185 kB gzip, hence the 600 kB warning limit.
 */
export default defineConfig({
  plugins: [react()],
  publicDir: 'public',
  build: {
    outDir: 'dist-web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    // `npm run dev` serves the API on 3000; MERIT_API points elsewhere (e.g. a second server).
    proxy: { '/api': { target: process.env.MERIT_API ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
