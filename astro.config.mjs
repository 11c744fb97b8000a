// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/content/integration.ts';
import { searchIndex } from './src/search/integration.ts';
import { bookEditions } from './src/book/integration.ts';
import { serviceWorker } from './src/offline/integration.ts';
import { pageStylesheets } from './src/styles/integration.ts';

export default defineConfig({
  site: 'https://sideline.example',
  trailingSlash: 'always',
  // CSS ships as files: component styles inside MDX entries are otherwise inlined without a CSP hash.
  build: { inlineStylesheets: 'never', format: 'directory' },
  security: { csp: true },
  // searchIndex(), bookEditions() and pageStylesheets() before serviceWorker(): the worker precaches
  // the search index and the books they write, and each page's one stylesheet.
  integrations: [
    contentCheck(),
    mdx(),
    react(),
    searchIndex(),
    bookEditions(),
    pageStylesheets(),
    serviceWorker(),
  ],
  devToolbar: { enabled: false },
  // The content cache lives with the checkout, not in node_modules: worktrees that share one
  // node_modules would otherwise build from each other's content.
  cacheDir: './.cache/astro',
  vite: {
    build: {
      rollupOptions: {
        // Every MDX entry triggers a harmless "use astro:head-inject" notice; keep real warnings visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
