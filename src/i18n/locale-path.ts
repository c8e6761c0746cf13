import { DEFAULT_LOCALE, type Locale } from './ui.ts';

/**
 * A site path in a locale, as astro.config.mjs's i18n routing lays them out: the default locale at the root
 * (`/models/x/`), others under their code (`/en/models/x/`). Base.astro checks it against astro:i18n at build time.
 */
export function localizePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The path without its locale prefix, and the locale it was in. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/(en)(\/.*)?$/.exec(path);
  return match ? { locale: 'en', path: match[2] ?? '/' } : { locale: DEFAULT_LOCALE, path };
}
