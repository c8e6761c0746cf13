/**
 * Fills `{name}` placeholders in a UI string; unknown ones stay as written.
 * Its own module so the search page's client script can use it without bundling the dictionary.
 */
export function fillPlaceholders(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
