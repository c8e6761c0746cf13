const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Pagefind returns excerpts as HTML with <mark> around matches. Keep only those
 * marks and escape everything else, so no markup from an entry can reach the page.
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : decode(part).replace(/[&<>"']/g, (c) => ESCAPES[c]!)))
    .join('');
}

/** Pagefind already escapes text; decode its entities first so they are not escaped twice. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!,
  );
}
