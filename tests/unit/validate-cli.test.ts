import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runValidate as run } from '../support/run-validate.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('npm run validate', () => {
  test('passes a valid catalog and says what it read', () => {
    const { code, out } = run(fixture('good'));
    expect(code).toBe(0);
    expect(out).toContain('2 entries, 2 organizations, 1 sources');
  });

  test('fails a malformed catalog, naming each file, field and fix', () => {
    const { code, out } = run(fixture('bad'));
    expect(code).toBe(1);
    expect(out).toContain('content/models/broken.md › kind: unknown kind "modle"; use one of: model, family');
    expect(out).toContain('content/models/broken.md › released: must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(out).toContain('content/models/broken.md › parameters: must be sorted from smallest to largest');
    expect(out).toContain('content/models/broken.md › licence: is not a known field');
    expect(out).toContain('content/models/broken.md › body (line 16): raw HTML "<script>alert(1)</script>" is not allowed');
    expect(out).toContain('content/sources/list-a.md › names[0]: "LLaMA" matches no entry');
  });
});
