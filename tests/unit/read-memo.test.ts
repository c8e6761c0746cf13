// The build's read memo (scripts/build.ts turns it on): Astro's loader reuses what validation read for each file
// whose bytes are unchanged, and reads a changed file afresh. In its own file: the memo is process-wide once on.
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { adoptReads, readCollection, rememberedReads, rememberReads } from '../../src/lib/read-content.ts';
import { modelSchema } from '../../src/schemas/index.ts';

test('the loader takes what validation read for unchanged files, once; a changed file is read again', () => {
  const root = mkdtempSync(join(tmpdir(), 'read-memo-'));
  cpSync(fileURLToPath(new URL('../fixtures/good', import.meta.url)), root, { recursive: true });
  const before = readCollection(root, 'content/models', modelSchema);
  rememberReads();
  const validation = readCollection(root, 'content/models', modelSchema);
  const loader = readCollection(root, 'content/models', modelSchema);
  expect(validation.entries.length).toBeGreaterThan(1);
  // The same objects, not a second parse; and the same values as a read without the memo.
  loader.entries.forEach((entry, i) => expect(entry).toBe(validation.entries[i]));
  expect(loader.entries).toEqual(before.entries);
  // Taken once: a third reading parses afresh (the memo keeps no copy of the catalog), with the same values.
  const third = readCollection(root, 'content/models', modelSchema);
  expect(third.entries[0]).not.toBe(validation.entries[0]);
  expect(third.entries).toEqual(before.entries);
  // Other options are another reading.
  expect(readCollection(root, 'content/models', modelSchema, { minBody: 1 }).entries[1]).not.toBe(third.entries[1]);

  // A file changed between validation (here the third reading, which left its results) and the loader is read again.
  const deposited = third;
  const changed = deposited.entries[0]!;
  appendFileSync(join(root, changed.file), '\n\nA sentence added after validation.\n');
  const taken = readCollection(root, 'content/models', modelSchema);
  expect(taken.entries[0]).not.toBe(changed);
  expect(taken.entries[0]!.body).toContain('A sentence added after validation.');
  expect(taken.entries[1]).toBe(deposited.entries[1]);
});

test('reads handed over from another thread (structured-cloned) are taken like the process\'s own', () => {
  const root = mkdtempSync(join(tmpdir(), 'read-memo-'));
  cpSync(fileURLToPath(new URL('../fixtures/good', import.meta.url)), root, { recursive: true });
  rememberReads();
  const validation = readCollection(root, 'content/models', modelSchema);
  const handed = structuredClone(rememberedReads().filter(([key]) => key.includes(root)));
  expect(handed.length).toBe(validation.entries.length);
  // The memo is emptied here (taken), then refilled from the clone, as scripts/build.ts does with the worker's reads.
  readCollection(root, 'content/models', modelSchema);
  expect(rememberedReads().filter(([key]) => key.includes(root))).toEqual([]);
  adoptReads(handed);
  const loader = readCollection(root, 'content/models', modelSchema);
  expect(loader.entries).toEqual(validation.entries);
  // Taken: nothing of this root is left in the memo.
  expect(rememberedReads().filter(([key]) => key.includes(root))).toEqual([]);
});
