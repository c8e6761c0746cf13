/**
 * The id of a variant's row on its entry page: stable across builds so links to
 * "/models/aquila/#variant-aquilachat-7b" keep working. Non-ASCII names keep their letters.
 */
export function variantAnchor(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `variant-${slug}`;
}
