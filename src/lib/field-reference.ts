import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  pattern?: string;
  format?: string;
};

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.type === 'array' && schema.items) return `list of ${typeOf(schema.items)}`;
  if (schema.type === 'object') return 'object';
  if (schema.format === 'uri') return 'https URL';
  return String(schema.type ?? 'any');
}

/** A Markdown table of a schema's fields (one level of nesting), generated from the schema's own descriptions. */
export function fieldReference(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  const rows: string[] = ['| field | type | required | meaning |', '| --- | --- | --- | --- |'];
  const walk = (node: JsonSchema, prefix: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const name = `${prefix}${key}`;
      const required = node.required?.includes(key) ? 'yes' : '';
      const description = (child.description ?? child.items?.description ?? '').replace(/\|/g, '\\|');
      rows.push(`| \`${name}\` | ${typeOf(child)} | ${required} | ${description} |`);
      if (child.properties) walk(child, `${name}.`);
      if (child.items?.properties) walk(child.items, `${name}[].`);
    }
  };
  walk(json, '');
  return rows.join('\n');
}
