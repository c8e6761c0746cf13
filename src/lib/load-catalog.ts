import { englishModelSchema, englishOrganizationSchema, modelSchema, organizationSchema, sourceSchema } from '../schemas/index.ts';
import { checkEnglish, type EnglishCatalog } from './check-english.ts';
import { checkCatalog, type Catalog } from './check-catalog.ts';
import type { ContentProblem } from './format-issue.ts';
import { readCollection } from './read-content.ts';

/** The shortest model description accepted, in characters: enough to say what, who, from what, for what. */
export const MIN_MODEL_BODY = 120;

/**
 * Reads and checks the whole catalog under `root` (the directory holding content/), outside Astro: the Chinese
 * collections, then the English edition, which every entry and organization must have.
 */
export function loadCatalog(root: string): { catalog: Catalog; english: EnglishCatalog; problems: ContentProblem[] } {
  const models = readCollection(root, 'content/models', modelSchema, { minBody: MIN_MODEL_BODY, chinese: true });
  const organizations = readCollection(root, 'content/organizations', organizationSchema, { chinese: true });
  const sources = readCollection(root, 'content/sources', sourceSchema, { chinese: true });
  const catalog = { models: models.entries, organizations: organizations.entries, sources: sources.entries };
  const problems = [...models.problems, ...organizations.problems, ...sources.problems];
  // Cross-entry checks run over the entries that passed their schema, so one bad file does not hide the rest.
  problems.push(...checkCatalog(catalog));
  const englishModels = readCollection(root, 'content/en/models', englishModelSchema);
  const englishOrgs = readCollection(root, 'content/en/organizations', englishOrganizationSchema);
  const english = { models: englishModels.entries, organizations: englishOrgs.entries };
  problems.push(...englishModels.problems, ...englishOrgs.problems, ...checkEnglish(catalog, english, true));
  return { catalog, english, problems };
}
