import type { Model } from '../schemas/index.ts';
import { largestSize } from './catalog-view.ts';

export type TimelinePoint = { id: string; name: string; released: string; size: number | undefined; open: boolean; x: number; y: number };

/** The drawing area of the timeline chart, in SVG units. */
export const CHART = { width: 1000, height: 560, left: 64, right: 16, top: 16, bottom: 72, undisclosedBand: 36 } as const;

/** A partial date as a fractional year, at the middle of its precision: "2023" → 2023.5, "2023-03" → 2023.2. */
export function fractionalYear(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!month) return year + 0.5;
  return year + (month - 1 + (day ? (day - 0.5) / 31 : 0.5)) / 12;
}

const OPEN = new Set(['open-weights', 'gated', 'open-source']);

/**
 * Places every dated entry: release date across, largest size up on a log scale; entries of undisclosed size
 * go in a band at the bottom. Pure, so the chart is drawn at build time and tested without a browser.
 */
export function timelinePoints(entries: readonly { id: string; data: Model }[]): {
  points: TimelinePoint[];
  xTicks: { year: number; x: number }[];
  yTicks: { billions: number; y: number }[];
  undisclosedY: number;
} {
  const dated = entries.filter((e) => e.data.released);
  const xs = dated.map((e) => fractionalYear(e.data.released!));
  const minYear = Math.floor(Math.min(...xs));
  const maxYear = Math.ceil(Math.max(...xs));
  const sized = dated.map((e) => largestSize(e.data)).filter((s) => s > 0);
  const minLog = Math.floor(Math.log10(Math.min(...sized)));
  const maxLog = Math.ceil(Math.log10(Math.max(...sized)));
  const plotBottom = CHART.height - CHART.bottom - CHART.undisclosedBand;
  const x = (year: number) => CHART.left + ((year - minYear) / (maxYear - minYear)) * (CHART.width - CHART.left - CHART.right);
  const y = (billions: number) => plotBottom - ((Math.log10(billions) - minLog) / (maxLog - minLog)) * (plotBottom - CHART.top);
  const points = dated.map((e, i) => {
    const size = largestSize(e.data) || undefined;
    return {
      id: e.id,
      name: e.data.name,
      released: e.data.released!,
      size,
      open: OPEN.has(e.data.access),
      x: Math.round(x(xs[i]!) * 10) / 10,
      y: Math.round((size ? y(size) : CHART.height - CHART.bottom - CHART.undisclosedBand / 2) * 10) / 10,
    };
  });
  const xTicks = Array.from({ length: maxYear - minYear + 1 }, (_, i) => ({ year: minYear + i, x: Math.round(x(minYear + i) * 10) / 10 }));
  const yTicks = Array.from({ length: maxLog - minLog + 1 }, (_, i) => ({ billions: 10 ** (minLog + i), y: Math.round(y(10 ** (minLog + i)) * 10) / 10 }));
  return { points, xTicks, yTicks, undisclosedY: CHART.height - CHART.bottom - CHART.undisclosedBand / 2 };
}
