import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { json } from '../../data/export.ts';

/** Every maker, with the slugs of its entries. */
export const GET: APIRoute = async ({ site }) => {
  const { organizations, models } = await getCatalog();
  const entriesOf = new Map<string, string[]>();
  for (const model of models) for (const org of model.data.organizations) (entriesOf.get(org) ?? entriesOf.set(org, []).get(org)!).push(model.id);
  return json({
    count: organizations.length,
    organizations: organizations.map((org) => ({
      slug: org.id,
      ...org.data,
      url: new URL(`/organizations/${org.id}/`, site).href,
      models: entriesOf.get(org.id) ?? [],
    })),
  });
};
