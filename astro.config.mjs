// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: 'https://open-llm-catalog.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Collapse whitespace to single spaces rather than Astro 7's default JSX rules, which drop it
  // between elements: Pagefind would index adjacent names as one glued word ("LLaMAAlpaca").
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { plugins: [tailwindcss()] },
});
