// Scaffolds a new entry from the schema: every field with its meaning as a comment, required ones first.
// Usage: npm run new -- <slug>      (writes content/models/<slug>.md; refuses to overwrite)
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryTemplate } from '../src/lib/entry-template.ts';
import { SLUG_PATTERN } from '../src/schemas/index.ts';

const slug = process.argv[2];
const root = process.argv[3] ?? fileURLToPath(new URL('..', import.meta.url));
if (!slug || !SLUG_PATTERN.test(slug)) {
  console.error('Usage: npm run new -- <slug>\n  The slug is lower-case a-z, 0-9, hyphens and dots, e.g. "qwen3" or "deepseek-v3.2"; it becomes the page URL.');
  process.exit(1);
}
const file = join(root, 'content/models', `${slug}.md`);
if (existsSync(file)) {
  console.error(`✖ content/models/${slug}.md already exists; edit it instead.`);
  process.exit(1);
}
writeFileSync(file, entryTemplate(new Date().toISOString().slice(0, 10)));
console.log(`✔ wrote content/models/${slug}.md: fill in the fields you have checked, delete the rest, then run npm run validate.`);
