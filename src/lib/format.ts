import type { Locale } from '../i18n/ui.ts';

/** 7 → "7B", 0.35 → "350M", 1200 → "1.2T", 6.2 → "6.2B". */
export function formatBillions(billions: number): string {
  if (billions >= 1000) return `${trim(billions / 1000)}T`;
  if (billions < 1) return `${trim(billions * 1000)}M`;
  return `${trim(billions)}B`;
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** [7, 13, 33, 65] → "7B / 13B / 33B / 65B". */
export function formatSizes(sizes: readonly number[] | undefined): string | undefined {
  return sizes?.length ? sizes.map(formatBillions).join(' / ') : undefined;
}

// Spelled out rather than asked of Intl on every call: dates are formatted tens of thousands of times a build.
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Shows a partial date at the precision given: "2023" → "2023年", "2023-03" → "2023年3月". */
export function formatPartialDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (locale === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  const monthName = month ? MONTHS_EN[month - 1] : '';
  return [day, monthName, year].filter(Boolean).join(' ');
}

/** 2048 → "2K", 200000 → "200K", 32768 → "32K", 1000 → "1000". */
export function formatContextLength(tokens: number): string {
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}K`;
  if (tokens >= 1000 && tokens % 1000 === 0) return `${tokens / 1000}K`;
  return String(tokens);
}

/** Training tokens in billions: 1000 → "1T", 300 → "300B", 1.4 → "1.4B". */
export function formatTokens(billions: number): string {
  return formatBillions(billions);
}
