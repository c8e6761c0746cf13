// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: 'https://open-llm-catalog.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep whitespace between inline elements: Pagefind would otherwise index
  // adjacent names as one glued word ("LLaMAAlpaca").
  compressHTML: false,
  devToolbar: { enabled: false },
  vite: { plugins: [tailwindcss()] },
});
