// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { SITE_URL } from './src/site-config.ts';

export default defineConfig({
  // One setting for the public address (SITE_URL overrides it for a deployment): canonical links, sitemap, feed, API.
  site: SITE_URL,
  trailingSlash: 'always',
  // Pages render a few at a time: file writes overlap rendering (~20% faster at 2,000 entries, same memory).
  build: { format: 'directory', concurrency: 8 },
  // Chinese at the root, English under /en/: Astro.currentLocale and astro:i18n follow this.
  i18n: { defaultLocale: 'zh', locales: ['zh', 'en'], routing: { prefixDefaultLocale: false } },
  // Collapse whitespace to single spaces rather than Astro 7's default JSX rules, which drop it
  // between elements: Pagefind would index adjacent names as one glued word ("LLaMAAlpaca").
  compressHTML: true,
  devToolbar: { enabled: false },
  // Descriptions are rendered by src/lib/markdown.ts; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Every page carries a Content-Security-Policy <meta> with hashes of its own scripts and styles.
  // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs a same-origin worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), securityHeaders()],
  vite: { plugins: [tailwindcss()] },
});
