import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // Sounds and images made in the repo (npm run gen:sounds) are served from assets/.
  publicDir: 'assets',
  build: {
    target: 'es2022',
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: false },
});
