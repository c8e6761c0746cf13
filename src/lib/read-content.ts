import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { problemsFromZod, type ContentProblem } from './format-issue.ts';
import { describeCharacter, findInvisible } from './invisible-characters.ts';
import { chineseTypographyProblems, markdownProblems, parseMarkdown } from './markdown.ts';
import { EntryParseError, parseEntry } from './parse-entry.ts';

/** An entry read from content/: its slug, frontmatter and Markdown body. */
export type RawEntry<T> = { id: string; file: string; data: T; body: string };

export type ReadResult<T> = { entries: RawEntry<T>[]; problems: ContentProblem[] };

/**
 * Every name in one collection directory: each is either an entry file (`<slug>.md`, a regular file)
 * or a problem. Nothing is skipped silently, so no contributor's file goes unpublished without a word.
 */
export function listEntryFiles(root: string, dir: string): { files: { id: string; file: string; path: string }[]; problems: ContentProblem[] } {
  const files: { id: string; file: string; path: string }[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(join(root, dir))) return { files, problems: [{ file: dir, message: 'is missing: create the folder (it may be empty)' }] };
  for (const name of readdirSync(join(root, dir)).sort()) {
    const path = join(root, dir, name);
    const file = relative(root, path);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      problems.push({ file, message: 'is a symbolic link: an entry must be a regular file inside the repository; replace the link with the file' });
    } else if (stat.isDirectory()) {
      problems.push({ file, message: `is a folder: sub-folders are not read; put each entry directly in ${dir}/ as <slug>.md` });
    } else if (!stat.isFile()) {
      problems.push({ file, message: 'is not a regular file: an entry must be a plain <slug>.md file' });
    } else if (name.startsWith('.')) {
      problems.push({ file, message: 'is a hidden file and would not be published: rename it to <slug>.md or delete it' });
    } else if (!name.endsWith('.md')) {
      problems.push({ file, message: 'is not a .md file: every entry is <slug>.md (lower-case .md) with YAML frontmatter; rename it or move it out of content/' });
    } else {
      const id = name.slice(0, -3);
      if (!SLUG_PATTERN.test(id)) problems.push({ file, message: 'file name must be a slug: lower-case a-z, 0-9 and hyphens (it becomes the page URL)' });
      else files.push({ id, file, path });
    }
  }
  return { files, problems };
}

/** How a collection's descriptions are checked. */
export type ReadOptions = {
  /** The shortest body (in characters) an entry may have. */
  minBody?: number;
  /** Descriptions written in Chinese are also held to Chinese typography. */
  chinese?: boolean;
};

/**
 * Reads every entry file of one collection directory and validates it with the collection's schema.
 * Validation, the Astro loader and the tests all read content through here.
 */
export function readCollection<S extends z.ZodType>(root: string, dir: string, schema: S, { minBody = 0, chinese = false }: ReadOptions = {}): ReadResult<z.infer<S>> {
  const entries: RawEntry<z.infer<S>>[] = [];
  const { files, problems } = listEntryFiles(root, dir);
  for (const { id, file, path } of files) {
    let parsed: ReturnType<typeof parseEntry>;
    try {
      parsed = parseEntry(readFileSync(path));
    } catch (error) {
      if (!(error instanceof EntryParseError)) throw error;
      problems.push({ file, message: error.message });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) problems.push(...problemsFromZod(file, result.error, parsed.data));
    const body = parsed.content.trim();
    // Lines of the file above the body, so problems point at the line an editor sees.
    const offset = parsed.source.split('\n').length - parsed.content.split('\n').length;
    const invisible = findInvisible(parsed.content, true);
    if (invisible) {
      const line = parsed.content.slice(0, parsed.content.indexOf(invisible.char)).split('\n').length + offset;
      problems.push({ file, field: `body (line ${line})`, message: `contains the invisible character ${describeCharacter(invisible.char)}; delete it` });
    }
    const tree = parseMarkdown(parsed.content);
    for (const p of [...markdownProblems(tree), ...(chinese ? chineseTypographyProblems(tree) : [])]) {
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
