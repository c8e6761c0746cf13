import type { z } from 'zod';

/** One problem found in one content file. */
export type ContentProblem = { file: string; field?: string | undefined; message: string };

/** Turns a zod issue path into the dotted form an editor types: `license.commercial`, `variants[2].name`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** The value at a zod issue path inside the parsed data, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Converts zod's issues for one file's `data` into problems naming the file and the field. */
export function problemsFromZod(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: fieldPath([...issue.path, key]),
        message: 'is not a known field: check its spelling against the field reference in README.md, or remove it',
      }));
    }
    const message = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined ? 'is required but missing' : issue.message;
    return [{ file, field: fieldPath(issue.path) || undefined, message }];
  });
}

/** `content/models/x.md › license.commercial: unknown …` */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.field ? ` › ${problem.field}` : ''}: ${problem.message}`;
}
