// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/lib/content-check-integration.ts';

export default defineConfig({
  site: 'https://sideline.example',
  trailingSlash: 'always',
  // CSS ships as files: component styles inside MDX entries are otherwise inlined without a CSP hash.
  build: { inlineStylesheets: 'never', format: 'directory' },
  security: { csp: true },
  integrations: [contentCheck(), mdx(), react()],
  devToolbar: { enabled: false },
});
