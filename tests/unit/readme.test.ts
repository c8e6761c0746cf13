import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('README opens with the two set-up commands', () => {
  const blocks = [...readme.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]!.trim());
  expect(blocks.slice(0, 2)).toEqual(['npm install && npm start', 'npm test']);
});

test('README field reference matches the schemas', () => {
  const generated = execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/field-reference.ts', import.meta.url))], { encoding: 'utf8' });
  const embedded = readme.split('<!-- fields:start -->\n')[1]?.split('<!-- fields:end -->')[0];
  expect(embedded, 'run: node scripts/field-reference.ts and paste it between the markers in README.md').toBe(generated);
});

test('.ci/run runs exactly the README test command', () => {
  const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8').trim().split('\n');
  expect(ci.at(-1)).toBe('npm test');
  expect(ci.at(-2)).toBe('npm ci');
});
