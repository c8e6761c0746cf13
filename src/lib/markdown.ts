import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Element, Root as HastRoot, Nodes as HastNodes } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

/** A problem in an entry's Markdown body, with the line it is on. */
export type MarkdownProblem = { line: number | undefined; message: string };

/**
 * Where a description may link: https, a path on this site ("/models/x/", never "//host" or "/\\host",
 * which browsers read as another host) or an anchor. Anything else (http:, javascript:, data:) is refused.
 */
export function isSafeHref(url: string): boolean {
  return /^(https:\/\/[^/\\]|\/(?![/\\])|#)/i.test(url);
}

/** Where an image may come from: https or this site, never a protocol-relative third party. */
export function isSafeImageSrc(url: string): boolean {
  return /^(https:\/\/[^/\\]|\/(?![/\\]))/i.test(url);
}

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
    } else if ((node.type === 'link' || node.type === 'definition') && !isSafeHref(node.url)) {
      problems.push({
        line,
        message: `link ${JSON.stringify(node.url.slice(0, 60))} must be a full https:// address, a site path starting with one / or a #anchor (a bare www. link becomes http://: write https://)`,
      });
    } else if (node.type === 'image' && !isSafeImageSrc(node.url)) {
      problems.push({ line, message: `image ${JSON.stringify(node.url.slice(0, 60))} must be a full https:// address or a site path starting with one /` });
    } else if (node.type === 'heading' && node.depth === 1) {
      problems.push({ line, message: 'a "# " heading is not allowed: the page title is the h1; start sections at "## "' });
    }
  });
  return problems;
}

/** GitHub's allow-list, narrowed to https URLs; `srcSet` and other URL attributes are not needed. */
const SCHEMA: Schema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, source: [] },
  // mdast-util-to-hast already prefixes footnote ids with "user-content-"; a second prefix would break their links.
  clobberPrefix: '',
  protocols: { href: ['https'], src: ['https'], cite: ['https'], longDesc: ['https'] },
};

/** After sanitising: drop any URL our stricter rule refuses (protocol-relative, bare relative) and mark external links. */
function hardenUrls(node: HastNodes) {
  if (node.type === 'element') {
    const props = (node as Element).properties;
    if (typeof props.href === 'string' && !isSafeHref(props.href)) delete props.href;
    if (typeof props.src === 'string' && !isSafeImageSrc(props.src)) delete props.src;
    if (node.tagName === 'img' && props.src === undefined) {
      // An image from an unsafe source keeps only its alt text.
      const alt = typeof props.alt === 'string' ? props.alt : '';
      node.tagName = 'span';
      node.properties = {};
      node.children = alt ? [{ type: 'text', value: alt }] : [];
    }
    if (node.tagName === 'a' && typeof props.href === 'string' && /^https:/i.test(props.href)) props.rel = ['noopener', 'noreferrer'];
  }
  if ('children' in node) for (const child of node.children) hardenUrls(child as HastNodes);
}

/**
 * Renders an entry body to HTML through an allow-list sanitizer, so the page is safe even when validation
 * was skipped (`astro dev`, a bare `astro build`): raw HTML is dropped, only https, in-site and #anchor
 * links and https or in-site images survive, and external links carry rel="noopener noreferrer".
 */
export function renderMarkdown(body: string): string {
  return renderTree(parseMarkdown(body));
}

/** An entry's description as HTML: what the loader rendered when it validated the file, else rendered here. */
export function entryHtml(entry: { body?: string | undefined; rendered?: { html: string } | undefined }): string {
  return entry.rendered?.html ?? renderMarkdown(entry.body ?? '');
}

/** `renderMarkdown` from a tree already parsed (by validation, which then need not parse the body twice). */
export function renderTree(tree: MdastRoot): string {
  const hast = sanitize(toHast(tree, { allowDangerousHtml: false }), SCHEMA) as HastRoot;
  hardenUrls(hast);
  return toHtml(hast);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/**
 * Chinese typography in a Chinese description: quotation marks are “ ” (or 「 」), not ASCII ". Code and links
 * are left alone; a quote counts as Chinese when it touches or encloses Chinese text.
 */
export function chineseTypographyProblems(tree: MdastRoot): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  walk(tree, (node) => {
    if (node.type !== 'text') return;
    for (const match of node.value.matchAll(/"([^"\n]*)"/g)) {
      const before = node.value[match.index - 1] ?? '';
      const after = node.value[match.index + match[0].length] ?? '';
      if (CJK.test(match[1]!) || CJK.test(before) || CJK.test(after)) {
        problems.push({ line: node.position?.start.line, message: `${match[0]} uses ASCII quotation marks in Chinese text; write “${match[1]}”` });
      }
    }
  });
  return problems;
}
