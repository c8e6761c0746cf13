import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { problemsFromZod, type ContentProblem } from './format-issue.ts';
import { markdownProblems, parseMarkdown } from './markdown.ts';

/** An entry read outside Astro: its slug, frontmatter and Markdown body. */
export type RawEntry<T> = { id: string; file: string; data: T; body: string };

export type ReadResult<T> = { entries: RawEntry<T>[]; problems: ContentProblem[] };

/**
 * Reads every `.md` file of one collection directory with gray-matter and
 * validates it with the collection's schema, exactly as the build does.
 * `minBody` is the shortest body (in characters) an entry may have.
 */
export function readCollection<S extends z.ZodType>(
  root: string,
  dir: string,
  schema: S,
  minBody = 0,
): ReadResult<z.infer<S>> {
  const entries: RawEntry<z.infer<S>>[] = [];
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const path = join(root, dir, name);
    const file = relative(root, path);
    if (name.startsWith('.')) continue;
    if (!name.endsWith('.md')) {
      problems.push({ file, message: 'is not a .md file: every entry is Markdown with YAML frontmatter; rename it or move it out of content/' });
      continue;
    }
    const id = name.slice(0, -3);
    if (!SLUG_PATTERN.test(id)) {
      problems.push({ file, message: 'file name must be a slug: lower-case a-z, 0-9 and hyphens (it becomes the page URL)' });
    }
    let parsed: matter.GrayMatterFile<string>;
    const source = readFileSync(path, 'utf8');
    try {
      // A fresh options object bypasses gray-matter's cache, so each read re-parses.
      parsed = matter(source, {});
    } catch (error) {
      problems.push({ file, message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) problems.push(...problemsFromZod(file, result.error, parsed.data));
    const body = parsed.content.trim();
    // Lines of the file above the body, so problems point at the line an editor sees.
    const offset = source.split('\n').length - parsed.content.split('\n').length;
    for (const p of markdownProblems(parseMarkdown(parsed.content))) {
      problems.push({ file, field: p.line ? `body (line ${p.line + offset})` : 'body', message: p.message });
    }
    if (body.length < minBody) {
      problems.push({
        file,
        field: 'body',
        message: `the description has ${body.length} characters; write at least ${minBody}: what it is, who made it, what it was trained on, what it is good for, how to get it`,
      });
    }
    if (result.success) entries.push({ id, file, data: result.data, body });
  }
  return { entries, problems };
}
