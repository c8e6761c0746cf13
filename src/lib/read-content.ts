import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { problemsFromZod, type ContentProblem } from './format-issue.ts';
import { describeCharacter, findInvisible } from './invisible-characters.ts';
import { chineseTypographyProblems, markdownProblems, parseMarkdown, renderTree } from './markdown.ts';
import { EntryParseError, parseEntry } from './parse-entry.ts';

/** An entry read from content/: its slug, frontmatter and Markdown body, and the body as sanitized HTML. */
export type RawEntry<T> = { id: string; file: string; data: T; body: string; html: string };

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
      else if (/^\d+$/.test(id) || id === 'sort') problems.push({ file, message: `file name "${id}" is the address of a list page (/models/2/, /models/sort/); add a word, e.g. "${id}-model"` });
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
  const memo = readMemo();
  for (const { id, file, path } of files) {
    const bytes = readFileSync(path);
    const key = `${minBody}\0${chinese}\0${path}`;
    const remembered = memo?.get(key);
    const reuse = remembered?.bytes.equals(bytes) === true;
    const result = reuse ? remembered!.result : readEntry(id, file, bytes, schema, minBody, chinese);
    // Handed over once: validation leaves each result, the loader takes it, and the memo holds nothing after.
    if (reuse) memo!.delete(key);
    else memo?.set(key, { bytes, result });
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry as RawEntry<z.infer<S>>);
  }
  return { entries, problems };
}

type FileResult = { entry: RawEntry<unknown> | undefined; problems: ContentProblem[] };

/**
 * One build reads content twice: `scripts/build.ts` validates the whole catalog, then Astro's loader reads each
 * collection. The build turns this memo on (`rememberReads`) so the loader takes what validation found for every
 * file whose bytes are unchanged, instead of parsing and rendering it again; a taken result leaves the memo, so it
 * does not hold a second copy of the catalog through the build. It lives on globalThis because Astro loads its own
 * copy of this module. Off everywhere else (validate, dev, tests).
 */
const MEMO = Symbol.for('open-llm-catalog/read-collection');
type Memo = Map<string, { bytes: Buffer; result: FileResult }>;
const readMemo = () => (globalThis as { [MEMO]?: Memo })[MEMO];

/** Turns on the read memo for this process (scripts/build.ts); a file is re-read whenever its bytes change. */
export function rememberReads(): void {
  (globalThis as { [MEMO]?: Memo })[MEMO] ??= new Map();
}

/** What the memo holds, to hand to another thread (validation runs in a worker so its garbage dies with it). */
export function rememberedReads(): [string, { bytes: Uint8Array; result: FileResult }][] {
  return [...(readMemo() ?? [])];
}

/** Turns the memo on and fills it with what another thread read (`rememberedReads` there). */
export function adoptReads(reads: readonly [string, { bytes: Uint8Array; result: FileResult }][]): void {
  rememberReads();
  const memo = readMemo()!;
  for (const [key, { bytes, result }] of reads) memo.set(key, { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), result });
}

function readEntry(id: string, file: string, bytes: Buffer, schema: z.ZodType, minBody: number, chinese: boolean): FileResult {
  const problems: ContentProblem[] = [];
  let parsed: ReturnType<typeof parseEntry>;
  try {
    parsed = parseEntry(bytes);
  } catch (error) {
    if (!(error instanceof EntryParseError)) throw error;
    return { entry: undefined, problems: [{ file, message: error.message }] };
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
  // The HTML is rendered from the tree just checked: the page shows what validation read, parsed once.
  return { entry: result.success ? { id, file, data: result.data, body, html: renderTree(tree) } : undefined, problems };
}
