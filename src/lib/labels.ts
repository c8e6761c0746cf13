import type { Locale } from '../i18n/ui.ts';
import type { Label } from '../schemas/vocabulary.ts';

/** The label of a vocabulary value in the page's language. */
export function labelOf<T extends Record<string, Label>>(vocabulary: T, key: keyof T & string, locale: Locale): string {
  return vocabulary[key]![locale];
}
