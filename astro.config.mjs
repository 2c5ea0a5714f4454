// @ts-check
import {defineConfig} from 'astro/config';
import {satteri} from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import {siteUrl} from './src/lib/site.ts';
import {staticHeaders} from './src/integrations/static-headers.ts';
import {URL} from 'node:url';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // The /graphics/ pages are development aids (chart gallery, map and scrolly demos), not for readers or crawlers.
  integrations: [mdx(), sitemap({filter: (page) => !new URL(page).pathname.startsWith('/graphics/')}), staticHeaders()],
  markdown: {
    // Footnotes hold the story's citations; "Notes" reads better than the default label above the "Sources" list.
    processor: satteri({features: {gfm: {footnotes: {label: 'Notes'}}}})
  },
  build: {
    // Every stylesheet and script is a file under /_astro/, so the CSP needs no inline script allowance.
    inlineStylesheets: 'never',
    format: 'directory'
  },
  vite: {
    build: {assetsInlineLimit: 0, cssCodeSplit: false}
  },
  devToolbar: {enabled: false}
});
