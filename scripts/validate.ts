// Validates every entry under content/ with the same schemas the build uses,
// plus the checks that span entries. Exits non-zero on any problem.
// Usage: node scripts/validate.ts [project-root]   (the root holds content/; tests point it at fixtures)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/lib/format-issue.ts';
import { loadCatalog } from '../src/lib/load-catalog.ts';

const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
const { catalog, problems } = loadCatalog(root);

if (problems.length > 0) {
  console.error(`✖ ${problems.length} problem${problems.length > 1 ? 's' : ''} in content/:\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  console.error('\nFix each one; the field reference is in README.md.');
  process.exit(1);
}
console.log(
  `✔ content/ is valid: ${catalog.models.length} entries, ${catalog.organizations.length} organizations, ${catalog.sources.length} sources`,
);
