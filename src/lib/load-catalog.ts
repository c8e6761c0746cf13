import { englishModelSchema, englishOrganizationSchema, modelSchema, organizationSchema, sourceSchema } from '../schemas/index.ts';
import { checkEnglish, type EnglishCatalog } from './check-english.ts';
import { checkCatalog, type Catalog } from './check-catalog.ts';
import type { ContentProblem } from './format-issue.ts';
import { readCollection } from './read-content.ts';

/** The shortest model description accepted, in characters: enough to say what, who, from what, for what. */
export const MIN_MODEL_BODY = 120;

/** Reads and checks the whole catalog under `root` (the directory holding content/), outside Astro. */
/** Every entry and organization must have its English file: a missing translation is a validation error. */
export const REQUIRE_ENGLISH = true;

export function loadCatalog(root: string): { catalog: Catalog; english: EnglishCatalog; problems: ContentProblem[] } {
  const models = readCollection(root, 'content/models', modelSchema, MIN_MODEL_BODY, false, true);
  const organizations = readCollection(root, 'content/organizations', organizationSchema, 0, false, true);
  const sources = readCollection(root, 'content/sources', sourceSchema, 0, false, true);
  const catalog = { models: models.entries, organizations: organizations.entries, sources: sources.entries };
  const problems = [...models.problems, ...organizations.problems, ...sources.problems];
  // Cross-entry checks run over the entries that passed their schema, so one bad file does not hide the rest.
  problems.push(...checkCatalog(catalog));
  const englishModels = readCollection(root, 'content/en/models', englishModelSchema, 0, !REQUIRE_ENGLISH);
  const englishOrgs = readCollection(root, 'content/en/organizations', englishOrganizationSchema, 0, !REQUIRE_ENGLISH);
  const english = { models: englishModels.entries, organizations: englishOrgs.entries };
  problems.push(...englishModels.problems, ...englishOrgs.problems, ...checkEnglish(catalog, english, REQUIRE_ENGLISH));
  return { catalog, english, problems };
}
