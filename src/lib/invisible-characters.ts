/**
 * Characters that render as nothing or reorder text: controls, format characters (zero-width,
 * bidi overrides, soft hyphen, BOM), line and paragraph separators and blank "filler" letters.
 * In a name they make two different strings look the same, so no text field may hold one.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;
const INVISIBLE_IN_BODY = /[^\t\n\r\P{Cc}]|[\p{Cf}\p{Co}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;

const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x00ad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)` */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const name = NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** The first invisible character in a one-line text field, with its position (1-based), or undefined. */
export function findInvisible(text: string, inBody = false): { char: string; position: number } | undefined {
  const match = (inBody ? INVISIBLE_IN_BODY : INVISIBLE).exec(text);
  return match ? { char: match[0], position: [...text.slice(0, match.index)].length + 1 } : undefined;
}
