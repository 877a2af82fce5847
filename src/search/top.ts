/**
 * Picking the best few of many scored candidates. Slots are picked without an object per
 * slot: a query over a large library touches tens of thousands of postings, and one
 * short-lived object for each is what the garbage collector would then spend its time on.
 */

/** Scratch for the selection, grown as needed and reused by every query. */
let copy = new Float64Array(1_024);

/**
 * Of the first `count` entries of `slots`, the `k` with the highest `scores[slot]`, best
 * first; equal scores keep their order in `slots`.
 */
export function topSlots(slots: ArrayLike<number>, count: number, scores: Float64Array, k: number): number[] {
  let cut = -Infinity;
  let ties = Infinity;
  if (count > k) {
    if (copy.length < count) copy = new Float64Array(Math.max(count, copy.length * 2));
    for (let i = 0; i < count; i++) copy[i] = scores[slots[i]!]!;
    cut = kthLargest(copy.subarray(0, count), k);
    let above = 0;
    for (let i = 0; i < count; i++) if (scores[slots[i]!]! > cut) above++;
    ties = k - above;
  }
  const picked: number[] = [];
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    const score = scores[slot]!;
    if (score > cut) picked.push(slot);
    else if (score === cut && ties > 0) {
      picked.push(slot);
      ties--;
    }
  }
  // (Array sort is stable: equal scores stay in slot order.)
  return picked.sort((a, b) => scores[b]! - scores[a]!);
}

/** The `k` best by score, best first; stable for equal scores (earlier first). */
export function topK<T extends { score: number }>(items: T[], k: number): T[] {
  if (items.length <= k) return items.sort((a, b) => b.score - a.score);
  const cut = kthLargest(Float64Array.from(items, (i) => i.score), k);
  const above = items.filter((i) => i.score > cut);
  const at = items.filter((i) => i.score === cut).slice(0, k - above.length);
  return [...above, ...at].sort((a, b) => b.score - a.score);
}

/** The k-th largest value (1-based) by quickselect: linear on average, where a sort is n log n. Reorders `values`. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}
