import { byReleasedDesc, compareNames, type Entry } from './catalog-view.ts';

/** Parent → children and previous → next generation, built once for the whole catalog (linear in its size). */
export type LineageIndex<T extends Entry> = {
  children: (id: string) => T[];
  next: (id: string) => T[];
  /** Slugs of every entry `id` was built on, directly or through others, nearest first. */
  ancestors: (id: string) => string[];
  /** Everything built on `id`, as a tree: children, their children, … (each entry once). */
  descendantTree: (id: string) => TreeNode<T>[];
  /** What `id` was built on, as a tree upwards: parents, their parents, … up to the roots. */
  ancestorTree: (id: string) => TreeNode<T>[];
};

/** One entry in a lineage tree, with the entries below (or above) it. */
export type TreeNode<T> = { entry: T; nodes: TreeNode<T>[] };

/** How many entries a tree holds. */
export function treeSize<T>(nodes: readonly TreeNode<T>[]): number {
  return nodes.reduce((sum, n) => sum + 1 + treeSize(n.nodes), 0);
}

export function buildLineageIndex<T extends Entry>(entries: readonly T[]): LineageIndex<T> {
  const children = new Map<string, T[]>();
  const next = new Map<string, T[]>();
  for (const entry of entries) {
    for (const base of entry.data.base_models ?? []) (children.get(base) ?? children.set(base, []).get(base)!).push(entry);
    if (entry.data.previous) (next.get(entry.data.previous) ?? next.set(entry.data.previous, []).get(entry.data.previous)!).push(entry);
  }
  for (const list of children.values()) list.sort(byReleasedDesc);
  for (const list of next.values()) list.sort(byReleasedDesc).reverse();
  const childrenOf = (id: string) => children.get(id) ?? [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const parentsOf = (id: string) => (byId.get(id)?.data.base_models ?? []).flatMap((base) => byId.get(base) ?? []);
  /** A tree from `id` along `step` (to children or to parents), each entry once, even where paths meet. */
  const tree = (id: string, step: (id: string) => T[]): TreeNode<T>[] => {
    const seen = new Set([id]);
    const grow = (from: string): TreeNode<T>[] =>
      step(from)
        .filter((entry) => !seen.has(entry.id) && seen.add(entry.id))
        .map((entry) => ({ entry, nodes: [] as TreeNode<T>[] }))
        .map((node) => ({ ...node, nodes: grow(node.entry.id) }));
    return grow(id);
  };
  const ancestorTree = (id: string) => tree(id, parentsOf);
  return {
    children: childrenOf,
    next: (id) => next.get(id) ?? [],
    descendantTree: (id) => tree(id, childrenOf),
    ancestorTree,
    // The same walk as ancestorTree, read level by level: nearest first.
    ancestors: (id) => {
      const found: string[] = [];
      for (let level = ancestorTree(id); level.length > 0; level = level.flatMap((n) => n.nodes)) found.push(...level.map((n) => n.entry.id));
      return found;
    },
  };
}

/**
 * The catalog's family trees: entries that others were trained from but that were not trained from an entry here,
 * each with its descendants, the largest family first.
 */
export function lineageRoots<T extends Entry>(entries: readonly T[], index: LineageIndex<T>): { entry: T; nodes: TreeNode<T>[]; size: number }[] {
  const ids = new Set(entries.map((e) => e.id));
  return entries
    .filter((e) => index.children(e.id).length > 0 && !(e.data.base_models ?? []).some((b) => ids.has(b)))
    .map((entry) => {
      const nodes = index.descendantTree(entry.id);
      return { entry, nodes, size: treeSize(nodes) };
    })
    .sort((a, b) => b.size - a.size || compareNames(a.entry.data.name, b.entry.data.name));
}
