/**
 * An entry's file name without extension: lower-case ASCII words joined by hyphens or dots ("qwen2.5-coder").
 * Its own module, free of zod, so the browser scripts that read slugs from URLs share it.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
