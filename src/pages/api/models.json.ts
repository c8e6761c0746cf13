import type { APIRoute } from 'astro';
import { exportRecords, json } from '../../data/export.ts';

/** The whole catalog: one record per entry (without descriptions; /api/models/<slug>.json has them). */
export const GET: APIRoute = async ({ site }) => {
  const models = await exportRecords(site);
  return json({ schema: new URL('/api/schema.json', site).href, count: models.length, models });
};
