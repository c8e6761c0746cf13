/**
 * The two addresses the site needs, each one setting. Deployments override them with environment variables at build
 * time (SITE_URL=https://llm.example.org npm run build); canonical links, the sitemap, the feed, the API's URLs and
 * the "edit this entry" links all come from here.
 */
export const SITE_URL = process.env.SITE_URL || 'https://open-llm-catalog.example';

/** The repository contributors send pull requests to (GitHub-style /edit/ and /issues/new URLs). */
export const REPOSITORY_URL = (process.env.REPOSITORY_URL || 'https://github.com/open-llm-catalog/open-llm-catalog').replace(/\/$/, '');

/** The branch the site is built from, for edit links. */
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH || 'main';

/** "Edit this entry": the entry's own file in the repository's web editor. */
export function editUrl(file: string): string {
  return `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file}`;
}

/** "Report an error": a new issue, prefilled with the entry and its page. */
export function reportUrl(name: string, file: string, pageUrl: string): string {
  const params = new URLSearchParams({
    title: `条目有误：${name}`,
    body: `页面：${pageUrl}\n文件：${file}\n\n哪里有误：\n\n正确的信息（请附官方来源链接）：\n`,
  });
  return `${REPOSITORY_URL}/issues/new?${params}`;
}
