import { describe, expect, test } from 'vitest';
import { CHART, fractionalYear, timelineChart, timelinePages, type TimelinePage } from '../../src/lib/timeline.ts';
import type { Model } from '../../src/schemas/index.ts';

type E = { id: string; data: Model };
const entry = (id: string, released: string | undefined, parameters?: number[], access: Model['access'] = 'open-weights'): E =>
  ({ id, data: { name: id, ...(released ? { released } : {}), ...(parameters ? { parameters } : {}), access } as Model });

/** n entries released across one month of a year, days 1–28. */
const month = (year: number, m: number, n: number, prefix = `${year}-${m}`) =>
  Array.from({ length: n }, (_, i) => entry(`${prefix}-${i}`, `${year}-${String(m).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, [7], i % 3 ? 'open-weights' : 'closed'));

const keys = (pages: TimelinePage<E>[]) => pages.map((p) => `${p.period.key || 'all'}:${p.view}`);

describe('timelinePages', () => {
  test('a small catalog: one whole-catalog chart plus a page per year, every dated entry on the first', () => {
    const entries = [entry('a', '2023-03-14', [7]), entry('b', '2024', [70]), entry('c', '2024-06'), entry('undated', undefined)];
    const pages = timelinePages(entries);
    expect(keys(pages)).toEqual(['all:points', '2023:points', '2024:points']);
    const all = pages[0]!;
    expect(all.view === 'points' && all.chart.points.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(pages[2]!.entries.map((e) => e.id)).toEqual(['b', 'c']);
  });

  test('a period over the limit becomes bars of its sub-periods, each with its own page; nothing is dropped', () => {
    const entries = [...month(2025, 1, 4), ...month(2025, 2, 3), ...month(2025, 7, 2), entry('year-only', '2025'), ...month(2024, 5, 2)];
    const pages = timelinePages(entries, 5);
    expect(keys(pages)).toEqual(['all:bars', '2024:points', '2025:bars', '2025-q1:bars', '2025-01:points', '2025-02:points', '2025-q3:points']);
    const all = pages[0]!;
    if (all.view !== 'bars') throw new Error('bars expected');
    expect(all.bars.map((b) => [b.period.key, b.open + b.closed])).toEqual([['2024', 2], ['2025', 10]]);
    const year = pages[2]!;
    if (year.view !== 'bars') throw new Error('bars expected');
    // Quarters without releases still get their bar (empty) but no page; a year-only date is listed on the year page.
    expect(year.bars.map((b) => [b.period.key, b.open + b.closed])).toEqual([['2025-q1', 7], ['2025-q2', 0], ['2025-q3', 2], ['2025-q4', 0]]);
    expect(year.unplaced.map((e) => e.id)).toEqual(['year-only']);
    // Every dated entry is drawn (or listed) once, following the bars down from the whole-catalog page.
    const covered = (page: TimelinePage<E>): string[] =>
      page.view === 'points' ? page.chart.points.map((p) => p.id) : [...page.unplaced.map((e) => e.id), ...pages.filter((c) => c.parent?.key === page.period.key && c.parent.level === page.period.level).flatMap(covered)];
    expect(covered(all).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  test('bars are proportional, open and closed stacked', () => {
    const pages = timelinePages([...month(2025, 1, 6), ...month(2025, 4, 3)], 5);
    const year = pages.find((p) => p.period.key === '2025')!;
    if (year.view !== 'bars') throw new Error('bars expected');
    const [q1, q2] = year.bars;
    expect(q1!.open).toBe(4);
    expect(q1!.closed).toBe(2);
    expect(q1!.openHeight + q1!.closedHeight).toBeCloseTo(CHART.height - CHART.bottom - CHART.top, 0);
    expect(q2!.openHeight + q2!.closedHeight).toBeCloseTo((CHART.height - CHART.bottom - CHART.top) / 2, 0);
  });

  test('no page draws more points than the limit while its period can still be split', () => {
    const entries = [...month(2023, 1, 40), ...month(2023, 2, 40), ...month(2023, 9, 30), ...month(2024, 11, 20)];
    for (const page of timelinePages(entries, 45)) if (page.view === 'points') expect(page.chart.points.length).toBeLessThanOrEqual(45);
  });
});

describe('timelineChart', () => {
  test('dates across within the period, sizes up on a log scale, undisclosed sizes in the bottom band', () => {
    const [all] = timelinePages([entry('small', '2023-01-01', [1]), entry('big', '2024-12-31', [1000]), entry('secret', '2024-06')]);
    if (all?.view !== 'points') throw new Error('points expected');
    const { points, xTicks, yTicks, undisclosedY } = all.chart;
    const [small, big, secret] = points;
    expect(small!.x).toBeLessThan(big!.x);
    expect(small!.y).toBeGreaterThan(big!.y);
    expect(secret!.y).toBe(undisclosedY);
    expect(xTicks.map((t) => t.period.key)).toEqual(['2023', '2024']);
    expect(yTicks.map((t) => t.billions)).toEqual([1, 10, 100, 1000]);
    expect(Math.min(...points.map((p) => p.x))).toBeGreaterThanOrEqual(CHART.left);
    expect(Math.max(...points.map((p) => p.x))).toBeLessThanOrEqual(CHART.width - CHART.right);
  });

  test('a year chart runs January to December with month ticks', () => {
    const pages = timelinePages([entry('a', '2025-01-01', [7]), entry('b', '2025-12-31', [7])]);
    const year = pages.find((p) => p.period.key === '2025')!;
    if (year.view !== 'points') throw new Error('points expected');
    expect(year.chart.xTicks.map((t) => t.period.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`));
    expect(timelineChart(year.entries, year.period).points[0]!.x).toBeCloseTo(CHART.left + (fractionalYear('2025-01-01') - 2025) * (CHART.width - CHART.left - CHART.right), 0);
  });
});
