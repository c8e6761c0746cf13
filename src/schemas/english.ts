import { z } from 'zod';
import { text } from './common.ts';

/**
 * Frontmatter of content/en/models/<slug>.md: the English versions of an entry's free-text fields. The body is the
 * English description. Everything else (names, numbers, English summary) lives in the Chinese file, once.
 */
export const englishModelSchema = z
  .strictObject({
    license_note: text('English licence note')
      .max(400, { error: 'must be at most 400 characters' })
      .optional()
      .describe('The English version of license.note; required when the entry has one.'),
    variant_notes: z
      .record(z.string(), text('English variant note').max(300, { error: 'must be at most 300 characters' }))
      .optional()
      .describe('English versions of variants[].note, keyed by the variant name exactly as in the Chinese file.'),
    variant_license_notes: z
      .record(z.string(), text('English variant licence note').max(400, { error: 'must be at most 400 characters' }))
      .optional()
      .describe('English versions of variants[].license.note, keyed by the variant name.'),
  })
  .describe('Frontmatter of content/en/models/<slug>.md; the body is the English description.');

/** content/en/organizations/<slug>.md: no fields (the organization file has the English name); the body is English. */
export const englishOrganizationSchema = z.strictObject({}).describe('Frontmatter of content/en/organizations/<slug>.md (empty).');

export type EnglishModel = z.infer<typeof englishModelSchema>;

/** The shortest English description accepted, in Latin letters: enough for what, who, when, sizes, licence, access. */
export const MIN_ENGLISH_LETTERS = 600;

/**
 * Problems with an English description: too short, or not mostly English (a Chinese text pasted by mistake).
 * Names in Chinese are fine; counted are letters, Latin against CJK.
 */
export function englishBodyProblems(body: string, minLetters = MIN_ENGLISH_LETTERS): string[] {
  const latin = (body.match(/[A-Za-z]/g) ?? []).length;
  const cjk = (body.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  const problems: string[] = [];
  if (latin < minLetters) problems.push(`the English description has ${latin} letters; write at least ${minLetters}: what it is, who made it and when, sizes, training, licence, how to get it`);
  if (cjk > latin / 10) problems.push(`the English description has ${cjk} Chinese or Japanese characters against ${latin} Latin letters: write it in English (names in Chinese may appear once or twice)`);
  return problems;
}
