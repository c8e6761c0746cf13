/** One line of names.tsv: tier R (must be findable) or O (welcome), the names, the lists naming it. */
export type SeedRow = { tier: 'R' | 'O'; names: string[]; lists: string[] };

export function readSeedNames(tsv: string): SeedRow[] {
  return tsv
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [tier, names, lists] = line.split('\t');
      if ((tier !== 'R' && tier !== 'O') || !names || !lists) throw new Error(`seed-names.tsv: malformed line ${JSON.stringify(line)}`);
      return { tier, names: names.split('|'), lists: lists.split(' ') };
    });
}
