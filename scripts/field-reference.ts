// Prints the field reference of every content schema as Markdown; README.md embeds it
// between <!-- fields:start --> and <!-- fields:end -->, and a test keeps the two in step.
import { fieldReference } from '../src/lib/field-reference.ts';
import { modelSchema, organizationSchema, sourceSchema } from '../src/schemas/index.ts';

console.log(`### \`content/models/<slug>.md\`\n\n${fieldReference(modelSchema)}\n`);
console.log(`### \`content/organizations/<slug>.md\`\n\n${fieldReference(organizationSchema)}\n`);
console.log(`### \`content/sources/<slug>.md\`\n\n${fieldReference(sourceSchema)}`);
