// The build's read memo (scripts/build.ts turns it on): Astro's loader reuses what validation read for each file
// whose bytes are unchanged, and reads a changed file afresh. In its own file: the memo is process-wide once on.
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { readCollection, rememberReads } from '../../src/lib/read-content.ts';
import { modelSchema } from '../../src/schemas/index.ts';

test('unchanged files are read once per build; a changed file is read again', () => {
  const root = mkdtempSync(join(tmpdir(), 'read-memo-'));
  cpSync(fileURLToPath(new URL('../fixtures/good', import.meta.url)), root, { recursive: true });
  const before = readCollection(root, 'content/models', modelSchema);
  rememberReads();
  const first = readCollection(root, 'content/models', modelSchema);
  const second = readCollection(root, 'content/models', modelSchema);
  expect(first.entries.length).toBeGreaterThan(1);
  // The same objects, not a second parse; and the same values as a read without the memo.
  second.entries.forEach((entry, i) => expect(entry).toBe(first.entries[i]));
  expect(second.entries).toEqual(before.entries);
  // Other options are another reading.
  expect(readCollection(root, 'content/models', modelSchema, { minBody: 1 }).entries[0]).not.toBe(first.entries[0]);

  const changed = first.entries[0]!;
  appendFileSync(join(root, changed.file), '\n\nA sentence added after validation.\n');
  const third = readCollection(root, 'content/models', modelSchema);
  expect(third.entries[0]).not.toBe(changed);
  expect(third.entries[0]!.body).toContain('A sentence added after validation.');
  expect(third.entries[1]).toBe(first.entries[1]);
});
