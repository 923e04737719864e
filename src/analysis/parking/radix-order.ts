/**
 * Positions 0..n−1 ordered by cost ascending, equal costs by position: an LSD radix sort on
 * the costs' bit patterns, 16 bits a pass, each pass stable. A double's bits, with the sign
 * bit flipped (or all bits for a negative), order like its value; −0 is made +0 first so it
 * ties with 0 as it does in a comparison. Passes whose digit is the same for every cost are
 * skipped (costs within a walk share most high bits). Null when a cost is NaN (no order).
 *
 * Linear time: on the 125,000 arcs of a city-scale cross run it takes a fraction of the
 * quicksort's time, and the order is the same (the order by cost, then position, is total).
 */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const DIGITS = 1 << 16;

export function radixOrder(costs: Float64Array): Int32Array | null {
  const n = costs.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cost = costs[i];
    if (cost !== cost) return null;
    values[i] = cost + 0; // −0 + 0 is +0
  }
  const words = new Uint32Array(values.buffer);
  const high = LITTLE_ENDIAN ? 1 : 0;
  const low = 1 - high;
  // Sortable keys in place: two 32-bit words per cost, high word first in meaning.
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + high];
    if (h & 0x80000000) {
      words[2 * i + high] = ~h >>> 0;
      words[2 * i + low] = ~words[2 * i + low] >>> 0;
    } else words[2 * i + high] = (h | 0x80000000) >>> 0;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const counts = new Int32Array(DIGITS);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? low : high;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(words[2 * i + word] >>> shift) & 0xffff]++;
    if (n === 0 || counts[(words[word] >>> shift) & 0xffff] === n) continue; // one digit: nothing moves
    let start = 0;
    for (let d = 0; d < DIGITS; d++) {
      const count = counts[d];
      counts[d] = start;
      start += count;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[counts[(words[2 * i + word] >>> shift) & 0xffff]++] = i;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}
