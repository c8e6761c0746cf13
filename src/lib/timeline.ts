import type { Model } from '../schemas/index.ts';
import { largestSize } from './catalog-view.ts';

type Entry = { id: string; data: Model };

export type TimelinePoint = { id: string; name: string; released: string; size: number | undefined; open: boolean; x: number; y: number };

/** The drawing area of the timeline charts, in SVG units. */
export const CHART = { width: 1000, height: 560, left: 64, right: 16, top: 16, bottom: 72, undisclosedBand: 36 } as const;

/**
 * At most this many points on one chart: two elements each, so a timeline page stays under the 1,500-element budget.
 * A period with more entries is drawn as bars of its sub-periods, each linking to its own chart.
 */
export const TIMELINE_MAX_POINTS = 500;

/**
 * A stretch of time with a page of its own: the whole catalog (key ""), a year ("2025"), a quarter ("2025-q1") or a
 * month ("2025-03"). `start`/`end` are fractional years.
 */
export type Period = { key: string; level: 'all' | 'year' | 'quarter' | 'month'; year: number; part: number; start: number; end: number };

const period = (level: Period['level'], year: number, part = 0): Period => {
  switch (level) {
    case 'year':
      return { key: String(year), level, year, part, start: year, end: year + 1 };
    case 'quarter':
      return { key: `${year}-q${part}`, level, year, part, start: year + (part - 1) / 4, end: year + part / 4 };
    case 'month':
      return { key: `${year}-${String(part).padStart(2, '0')}`, level, year, part, start: year + (part - 1) / 12, end: year + part / 12 };
    default:
      return { key: '', level, year, part, start: year, end: year };
  }
};

/** A partial date as a fractional year, at the middle of its precision: "2023" → 2023.5, "2023-03" → 2023.2. */
export function fractionalYear(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!month) return year + 0.5;
  return year + (month - 1 + (day ? (day - 0.5) / 31 : 0.5)) / 12;
}

/** The sub-period of `parent` a release date falls in, or undefined when the date is too coarse to place (a year only). */
function childOf(parent: Period, date: string): Period | undefined {
  const [year, month] = date.split('-').map(Number) as [number, number | undefined];
  if (parent.level === 'all') return period('year', year);
  if (!month) return undefined;
  if (parent.level === 'year') return period('quarter', year, Math.ceil(month / 3));
  if (parent.level === 'quarter') return period('month', year, month);
  return undefined;
}

/** The sub-periods of a period, in order: its years (first to last release), four quarters, or three months. */
function childrenOf(parent: Period, entries: readonly Entry[]): Period[] {
  if (parent.level === 'all') {
    const years = entries.map((e) => Number(e.data.released!.slice(0, 4)));
    const first = Math.min(...years);
    return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => period('year', first + i));
  }
  if (parent.level === 'year') return [1, 2, 3, 4].map((q) => period('quarter', parent.year, q));
  if (parent.level === 'quarter') return monthsOf(parent);
  return [];
}

/** The months of a year (twelve) or of a quarter (three). */
function monthsOf(p: Period): Period[] {
  const first = p.level === 'quarter' ? (p.part - 1) * 3 : 0;
  return Array.from({ length: p.level === 'quarter' ? 3 : 12 }, (_, i) => period('month', p.year, first + i + 1));
}

export type TimelineBar = { period: Period; open: number; closed: number; x: number; width: number; openHeight: number; closedHeight: number };

export type TimelinePage<T extends Entry> = {
  period: Period;
  /** The period one level up (undefined for the whole catalog). */
  parent: Period | undefined;
  entries: T[];
} & (
  | { view: 'points'; chart: TimelineChart }
  | {
      view: 'bars';
      bars: TimelineBar[];
      /** Entries dated to the year only, which no quarter can hold: listed under the bars. */
      unplaced: T[];
      maxCount: number;
    }
);

const OPEN = new Set(['open-weights', 'gated', 'open-source']);
const isOpen = (e: Entry) => OPEN.has(e.data.access);

/**
 * Every timeline page: the whole catalog, each year with a release (always, so year addresses are stable), and the
 * quarters and months of any period too full to draw point by point. Pure: drawn at build time, tested without a browser.
 */
export function timelinePages<T extends Entry>(entries: readonly T[], maxPoints = TIMELINE_MAX_POINTS): TimelinePage<T>[] {
  const dated = entries.filter((e) => e.data.released);
  const pages: TimelinePage<T>[] = [];
  const visit = (current: Period, parent: Period | undefined, members: T[]) => {
    const children = childrenOf(current, members);
    const groups = new Map<string, T[]>();
    const unplaced: T[] = [];
    for (const e of members) {
      const child = childOf(current, e.data.released!);
      if (!child) unplaced.push(e);
      else if (groups.has(child.key)) groups.get(child.key)!.push(e);
      else groups.set(child.key, [e]);
    }
    if (members.length <= maxPoints || children.length === 0) {
      pages.push({ period: current, parent, entries: members, view: 'points', chart: timelineChart(members, current) });
    } else {
      pages.push({ period: current, parent, entries: members, view: 'bars', ...timelineBars(children, groups), unplaced });
    }
    // Years always get their page; quarters and months only when their parent is drawn as bars.
    const descend = current.level === 'all' || pages.at(-1)!.view === 'bars';
    if (descend) for (const child of children) if (groups.has(child.key)) visit(child, current, groups.get(child.key)!);
  };
  if (dated.length > 0) visit(period('all', 0), undefined, dated);
  return pages;
}

function timelineBars<T extends Entry>(children: Period[], groups: Map<string, T[]>): { bars: TimelineBar[]; maxCount: number } {
  const counts = children.map((p) => groups.get(p.key) ?? []);
  const maxCount = Math.max(1, ...counts.map((c) => c.length));
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.bottom - CHART.top;
  const slot = plotWidth / children.length;
  const bars = children.map((p, i) => {
    const open = counts[i]!.filter(isOpen).length;
    const closed = counts[i]!.length - open;
    const h = (n: number) => Math.round((n / maxCount) * plotHeight * 10) / 10;
    return { period: p, open, closed, x: Math.round((CHART.left + slot * i + slot * 0.15) * 10) / 10, width: Math.round(slot * 0.7 * 10) / 10, openHeight: h(open), closedHeight: h(closed) };
  });
  return { bars, maxCount };
}

export type TimelineChart = {
  points: TimelinePoint[];
  /** Sub-period boundaries across: years on the whole-catalog chart, months on a year's or a quarter's. */
  xTicks: { period: Period; x: number }[];
  yTicks: { billions: number; y: number }[];
  undisclosedY: number;
};

/**
 * Places each dated entry of a period: release date across, largest size up on a log scale; entries of undisclosed
 * size go in a band at the bottom.
 */
export function timelineChart(entries: readonly Entry[], within: Period): TimelineChart {
  const xs = entries.map((e) => fractionalYear(e.data.released!));
  const ticks = within.level === 'all' ? childrenOf(within, entries) : within.level === 'month' ? [within] : monthsOf(within);
  const start = within.level === 'all' ? ticks[0]!.start : within.start;
  const end = within.level === 'all' ? ticks.at(-1)!.end : within.end;
  const sized = entries.map((e) => largestSize(e.data)).filter((s) => s > 0);
  const minLog = sized.length ? Math.floor(Math.log10(Math.min(...sized))) : 0;
  const maxLog = sized.length ? Math.max(minLog + 1, Math.ceil(Math.log10(Math.max(...sized)))) : 1;
  const plotBottom = CHART.height - CHART.bottom - CHART.undisclosedBand;
  const round = (n: number) => Math.round(n * 10) / 10;
  const x = (year: number) => CHART.left + ((year - start) / (end - start)) * (CHART.width - CHART.left - CHART.right);
  const y = (billions: number) => plotBottom - ((Math.log10(billions) - minLog) / (maxLog - minLog)) * (plotBottom - CHART.top);
  const undisclosedY = CHART.height - CHART.bottom - CHART.undisclosedBand / 2;
  const points = entries.map((e, i) => {
    const size = largestSize(e.data) || undefined;
    return { id: e.id, name: e.data.name, released: e.data.released!, size, open: isOpen(e), x: round(x(xs[i]!)), y: round(size ? y(size) : undisclosedY) };
  });
  const xTicks = ticks.map((p) => ({ period: p, x: round(x(p.start)) }));
  const yTicks = Array.from({ length: maxLog - minLog + 1 }, (_, i) => ({ billions: 10 ** (minLog + i), y: round(y(10 ** (minLog + i))) }));
  return { points, xTicks, yTicks, undisclosedY };
}
