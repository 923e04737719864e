/**
 * Dominated sites of a maximal covering problem: a site whose (weighted) communities are all
 * reached by another kept site can be dropped without lowering the optimum — any choice using
 * it can swap it for the other (or just drop it) and cover at least as much. Of sites reaching
 * the very same set, the lowest number stays.
 *
 * Why: HiGHS spends most of a city-scale siting solve in presolve finding these very columns
 * (≈ 3,000 sites of which ≈ 500 matter), about a second in WASM; here it takes milliseconds.
 */

/** Per site, its weighted communities (sorted, distinct), or [] when it is dominated or reaches no one. */
export function undominatedReach(reach: readonly (readonly number[])[], weights: readonly number[]): number[][] {
  const sets = reach.map((communities) => [...new Set(communities.filter((c) => weights[c] > 0))].sort((a, b) => a - b));
  const sitesOf = new Map<number, number[]>();
  sets.forEach((communities, s) => {
    for (const c of communities) {
      const list = sitesOf.get(c);
      if (list) list.push(s);
      else sitesOf.set(c, [s]);
    }
  });
  const dropped = new Uint8Array(sets.length);
  const members = new Set<number>();
  sets.forEach((communities, s) => {
    if (communities.length === 0) return;
    // A dominating site reaches every community of s, so it is among the sites reaching the first.
    for (const t of sitesOf.get(communities[0])!) {
      const other = sets[t];
      if (t === s || dropped[t] || other.length < communities.length) continue;
      if (other.length === communities.length && t > s) continue;
      members.clear();
      for (const c of other) members.add(c);
      if (communities.every((c) => members.has(c))) {
        dropped[s] = 1;
        break;
      }
    }
  });
  return sets.map((communities, s) => (dropped[s] ? [] : communities));
}
