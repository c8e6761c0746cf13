/**
 * Folds a name for comparison: width and case folded, spaces and punctuation
 * dropped, so "书生·浦语", "LLaMA 2" and "llama-2" compare as their letters.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
