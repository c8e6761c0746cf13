import type { APIRoute } from 'astro';
import { json } from '../../data/export.ts';
import { exportJsonSchema } from '../../schemas/index.ts';

/** JSON Schema of one API record, generated from the same zod schemas that validate content. */
export const GET: APIRoute = ({ site }) => json(exportJsonSchema(site!.href));
