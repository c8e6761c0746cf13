import { z } from 'zod';
import { describeCharacter, findInvisible } from '../lib/invisible-characters.ts';
import { SLUG_PATTERN } from '../lib/slug-pattern.ts';

export { SLUG_PATTERN };

/** A reference to another entry by its slug (the file name without `.md`). */
export const slug = (what: string) =>
  z
    .string()
    .regex(SLUG_PATTERN, {
      error: `must be the slug of ${what}: the file name without .md, lower-case a-z, 0-9 and hyphens (e.g. "chatglm-6b")`,
    })
    .describe(`Slug of ${what} (its file name without .md).`);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, shown at the precision given. */
export const partialDate = z
  .string({ error: 'must be a date written as a quoted string: "2023", "2023-03" or "2023-03-14"' })
  .regex(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2023-03-14"); write only the precision you know',
  })
  .describe('A date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.');

/** A full calendar date, for bookkeeping fields such as `added`. */
export const fullDate = z
  .string({ error: 'must be a date written as a quoted string "YYYY-MM-DD"' })
  .regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be a full date YYYY-MM-DD (e.g. "2026-11-22")' })
  .describe('A full date YYYY-MM-DD.');

/** An https URL: plain http and other schemes are refused so that no link is downgraded or scripted. */
export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be a full https:// URL (e.g. "https://github.com/THUDM/ChatGLM-6B")' })
  .describe('An https:// URL.');

/** A trimmed, non-empty single-line string. */
export const text = (what: string) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(1, { error: `must not be empty (${what})` })
    .refine((s) => !/[\r\n]/.test(s), { error: `must be on one line (${what})` })
    .check((ctx) => {
      const found = findInvisible(ctx.value);
      if (found) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `contains the invisible character ${describeCharacter(found.char)} at character ${found.position} of ${JSON.stringify(ctx.value.replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, '�'))}; delete it (${what})`,
        });
      }
    })
    .refine((s) => !/[<>]/.test(s), { error: `must not contain < or > (${what}); plain text only, no HTML` });

/** `{ zh, en }`: one sentence in each language, at most 140 characters. */
export const summary = z
  .strictObject({
    zh: text('one Chinese sentence').max(140, { error: 'must be at most 140 characters: one Chinese sentence' }).describe('One sentence in Chinese.'),
    en: text('one English sentence').max(140, { error: 'must be at most 140 characters: one English sentence' }).describe('One sentence in English.'),
  })
  .describe('One sentence in Chinese and one in English, at most 140 characters each.');

/** A list whose items must be unique. */
export function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).refine((list) => new Set(list.map((v) => JSON.stringify(v))).size === list.length, {
    error: `must not list the same ${what} twice`,
  });
}
