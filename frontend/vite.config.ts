import { defineConfig } from 'vite';

// The example inbox page: index.html and src/inbox, built into dist/ as static files.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
