import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Element, Root as HastRoot, Nodes as HastNodes } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';

/** A problem in an entry's Markdown body, with the line it is on. */
export type MarkdownProblem = { line: number | undefined; message: string };

/** Link schemes a description may use; anything else (javascript:, data:) could run code. */
const SAFE_URL = /^(https:\/\/|http:\/\/|mailto:|\/|#)/i;

export function parseMarkdown(body: string): MdastRoot {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function walk(node: MdastNodes, visit: (node: MdastNodes) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as MdastNodes, visit);
}

/**
 * Lists what a body may not contain: raw HTML (it would reach the page unescaped),
 * links with unsafe schemes, and top-level headings (the page supplies the h1).
 */
export function markdownProblems(tree: MdastRoot): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  walk(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      problems.push({ line, message: `raw HTML ${JSON.stringify(node.value.slice(0, 40))} is not allowed; write it in Markdown` });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url)) {
      problems.push({ line, message: `link ${JSON.stringify(node.url.slice(0, 60))} must start with https://` });
    } else if (node.type === 'heading' && node.depth === 1) {
      problems.push({ line, message: 'a "# " heading is not allowed: the page title is the h1; start sections at "## "' });
    }
  });
  return problems;
}

function isExternal(href: unknown): boolean {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}

function hardenLinks(node: HastNodes) {
  if (node.type === 'element' && node.tagName === 'a' && isExternal(node.properties.href)) {
    (node as Element).properties.rel = ['noopener', 'noreferrer'];
  }
  if ('children' in node) for (const child of node.children) hardenLinks(child as HastNodes);
}

/**
 * Renders an entry body to HTML. Raw HTML is dropped here as a second line of
 * defence (validation already rejects it) and external links open safely.
 */
export function renderMarkdown(body: string): string {
  const hast = toHast(parseMarkdown(body), { allowDangerousHtml: false }) as HastRoot;
  hardenLinks(hast);
  return toHtml(hast);
}
