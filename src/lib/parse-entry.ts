import matter from 'gray-matter';
import { parseDocument } from 'yaml';

/** The largest content file accepted; the longest real entry is a few KiB. */
export const MAX_FILE_BYTES = 128 * 1024;

/** YAML options shared by every reading: YAML 1.2 core schema, so `010` is 10 and `2_048` is text, everywhere. */
const YAML_OPTIONS = { schema: 'core', uniqueKeys: true, maxAliasCount: 50, prettyErrors: false } as const;

/** A content file that cannot be read as YAML frontmatter plus Markdown; the message says how to fix it. */
export class EntryParseError extends Error {}

function parseYaml(text: string): unknown {
  let doc;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch (error) {
    throw new EntryParseError(`frontmatter is not valid YAML: ${firstLine(error)}`);
  }
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new EntryParseError(`frontmatter is not valid YAML: ${firstLine(problem)}`);
  try {
    // Aliases are expanded here; maxAliasCount stops an alias bomb before it grows.
    return doc.toJS(YAML_OPTIONS);
  } catch (error) {
    throw new EntryParseError(`frontmatter is refused: ${firstLine(error)}; write the values out instead of YAML aliases`);
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!.replace(/:$/, '');
}

const refuse = (language: string) => ({
  parse: () => {
    throw new EntryParseError(`frontmatter in "${language}" is not read: only YAML frontmatter is allowed; open the file with a plain --- line`);
  },
});

/**
 * Decodes and splits one content file: UTF-8 only, a plain `---` YAML frontmatter block, then Markdown.
 * The only reading of content anywhere (validation, the Astro loader, tests), so what is checked is what is published.
 * Never executes anything: gray-matter's JavaScript and CoffeeScript engines are replaced by refusals.
 */
export function parseEntry(bytes: Uint8Array): { data: Record<string, unknown>; content: string; source: string } {
  if (bytes.length === 0) throw new EntryParseError('is empty: an entry starts with a --- line, its YAML fields, a --- line, then the description');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new EntryParseError(`is ${bytes.length} bytes; an entry may have at most ${MAX_FILE_BYTES}: shorten the description or the variant list`);
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EntryParseError('is not UTF-8 text: save the file as UTF-8 (a GBK or UTF-16 file would publish garbled text)');
  }
  const opening = /^---([^\r\n]*)\r?\n/.exec(source);
  if (!opening) throw new EntryParseError('must start with a --- line that opens the YAML frontmatter');
  if (opening[1]!.trim() !== '') {
    throw new EntryParseError(`frontmatter must be YAML: the file opens with "---${opening[1]!.trim()}"; write a plain --- line`);
  }
  const parsed = matter(source, {
    language: 'yaml',
    engines: {
      yaml: { parse: parseYaml as (input: string) => object },
      json: refuse('json'),
      js: refuse('js'),
      javascript: refuse('javascript'),
      coffee: refuse('coffee'),
      coffeescript: refuse('coffeescript'),
      cson: refuse('cson'),
      toml: refuse('toml'),
    },
  });
  // An empty frontmatter block (---\n---) is an empty mapping.
  const data: unknown = parsed.data ?? {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new EntryParseError('frontmatter must be a YAML mapping of field: value lines');
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(source.slice(opening[0].length - 1))) {
    throw new EntryParseError('frontmatter is never closed: add a --- line after the last field');
  }
  return { data: data as Record<string, unknown>, content: parsed.content, source };
}
