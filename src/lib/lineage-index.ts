import { byReleasedDesc, type Entry } from './catalog-view.ts';

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
  return {
    children: childrenOf,
    next: (id) => next.get(id) ?? [],
    descendantTree: (id) => {
      const seen = new Set([id]);
      const grow = (parent: string): TreeNode<T>[] =>
        childrenOf(parent)
          .filter((child) => !seen.has(child.id) && seen.add(child.id))
          .map((child) => ({ entry: child, nodes: [] as TreeNode<T>[] }))
          .map((node) => ({ ...node, nodes: grow(node.entry.id) }));
      return grow(id);
    },
    ancestorTree: (id) => {
      const seen = new Set([id]);
      const grow = (childId: string): TreeNode<T>[] =>
        (byId.get(childId)?.data.base_models ?? [])
          .filter((base) => byId.has(base) && !seen.has(base) && seen.add(base))
          .map((base) => ({ entry: byId.get(base)!, nodes: [] as TreeNode<T>[] }))
          .map((node) => ({ ...node, nodes: grow(node.entry.id) }));
      return grow(id);
    },
    ancestors: (id) => {
      const found: string[] = [];
      const seen = new Set([id]);
      let frontier = [id];
      while (frontier.length > 0) {
        const following: string[] = [];
        for (const current of frontier) {
          for (const base of byId.get(current)?.data.base_models ?? []) {
            if (seen.has(base)) continue;
            seen.add(base);
            found.push(base);
            following.push(base);
          }
        }
        frontier = following;
      }
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
    .sort((a, b) => b.size - a.size || a.entry.data.name.localeCompare(b.entry.data.name, 'en'));
}
