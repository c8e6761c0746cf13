/** Stands in for a decimal point while other punctuation is dropped (a private-use character, never in a name). */
const DECIMAL_POINT = '\uE000';

/**
 * Folds a name for comparison: width and case folded, spaces and punctuation
 * dropped, so "书生·浦语", "LLaMA 2" and "llama-2" compare as their letters.
 * A decimal point between digits is kept: "OPT-1.3B" and "OPT-13B" are different models.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=\d)\.(?=\d)/g, DECIMAL_POINT)
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
