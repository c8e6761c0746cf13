import type { Locale } from './ui.ts';

/** The separator between items of an inline list: 、 in Chinese, a comma in English. */
export function listSeparator(locale: Locale): string {
  return locale === 'zh' ? '、' : ', ';
}

/** "机构（3）" / "Organizations (3)". */
export function withCount(locale: Locale, label: string, count: number): string {
  return locale === 'zh' ? `${label}（${count}）` : `${label} (${count})`;
}

/** "别名：" / "Aliases: ": a label introducing a value. */
export function labelled(locale: Locale, label: string): string {
  return locale === 'zh' ? `${label}：` : `${label}: `;
}

/** A maker's name as a reader of the locale knows it: the Chinese name in Chinese where one exists. */
export function organizationName(org: { name: string; name_zh?: string | undefined }, locale: Locale): string {
  return locale === 'zh' ? (org.name_zh ?? org.name) : org.name;
}

/** "Falcon (falcon)" style label with the alternate-language form after it, where it differs. */
export function bilingual(locale: Locale, label: { zh: string; en: string }): { primary: string; secondary: string } {
  return locale === 'zh' ? { primary: label.zh, secondary: label.en } : { primary: label.en, secondary: label.zh };
}
