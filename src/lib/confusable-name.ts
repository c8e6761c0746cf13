import { remove } from 'confusables';
import { normalizeName } from './normalize-name.ts';
import { describeCharacter } from './invisible-characters.ts';

// Scripts whose letters copy Latin ones (Cyrillic М, Greek Ο): mixing them with Latin in one name is spoofing.
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}]/u;
const LATIN = /\p{Script=Latin}/u;
// Chinese, Japanese and Korean are left as written: the confusables table maps some kana to Latin letters.
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A letter from a Latin-lookalike script written inside a Latin word ("ChatGLМ-6B" with a Cyrillic М).
 * A Greek letter standing as its own word, as in "PanGu-α", is how that name is written and passes.
 */
export function mixedScriptLetter(name: string): { char: string; position: number; description: string } | undefined {
  const chars = [...name];
  const index = chars.findIndex((c, i) => LOOKALIKE_SCRIPT.test(c) && (LATIN.test(chars[i - 1] ?? '') || LATIN.test(chars[i + 1] ?? '')));
  if (index < 0) return undefined;
  const char = chars[index]!;
  const script = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic'].find((name) => new RegExp(`\\p{Script=${name}}`, 'u').test(char));
  return { char, position: index + 1, description: `the ${script} letter ${describeCharacter(char)}` };
}

/**
 * What a name looks like to a reader: lookalike letters replaced by the Latin letters they imitate
 * (Unicode confusables), then folded like every name. Two names with one skeleton cannot be told apart on screen.
 */
export function nameSkeleton(name: string): string {
  return normalizeName([...name].map((c) => (EAST_ASIAN.test(c) ? c : remove(c))).join(''));
}
