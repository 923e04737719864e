/**
 * Layer data kept while its inputs are the same objects. deck.gl compares `data` by identity:
 * data built afresh on every render (a selection, a hover) makes it re-process and re-upload
 * the whole layer, which at city scale is thousands of polygons per click. Kept per owner (an
 * analysis result, usually) in a WeakMap, so it goes with the result.
 */
const kept = new WeakMap<object, Map<string, { inputs: readonly unknown[]; value: unknown }>>();

export function keptData<T>(owner: object, name: string, inputs: readonly unknown[], build: () => T): T {
  let byName = kept.get(owner);
  if (!byName) kept.set(owner, (byName = new Map()));
  const found = byName.get(name);
  if (found && found.inputs.length === inputs.length && found.inputs.every((input, i) => input === inputs[i])) return found.value as T;
  const value = build();
  byName.set(name, { inputs, value });
  return value;
}
