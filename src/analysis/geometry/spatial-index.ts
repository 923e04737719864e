/**
 * A thin layer over flatbush: build once from boxes, query by box or by distance.
 * Every neighbour look-up in the engine goes through here, never through all pairs.
 */
import Flatbush from 'flatbush';
import type { BBox } from './planar';

export interface BoxIndex {
  /** Ids (positions in the input array) whose box intersects `box`. */
  search(box: BBox): number[];
  /** Ids whose box lies within `distance` of `box` (a superset of the shapes within it). */
  within(box: BBox, distance: number): number[];
  size: number;
}

export function buildBoxIndex(boxes: readonly BBox[]): BoxIndex {
  if (boxes.length === 0) return { search: () => [], within: () => [], size: 0 };
  const index = new Flatbush(boxes.length);
  // Index reads, not destructuring: no iterator or boxed number per box (~120k boxes in prepare).
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    index.add(box[0], box[1], box[2], box[3]);
  }
  return finishIndex(index, boxes.length);
}

/** buildBoxIndex from boxes held in four flat arrays (no array per box for a large layer). */
export function buildFlatBoxIndex(minX: ArrayLike<number>, minY: ArrayLike<number>, maxX: ArrayLike<number>, maxY: ArrayLike<number>): BoxIndex {
  const count = minX.length;
  if (count === 0) return { search: () => [], within: () => [], size: 0 };
  const index = new Flatbush(count);
  for (let i = 0; i < count; i++) index.add(minX[i], minY[i], maxX[i], maxY[i]);
  return finishIndex(index, count);
}

function finishIndex(index: Flatbush, size: number): BoxIndex {
  index.finish();
  const search = (box: BBox) => index.search(box[0], box[1], box[2], box[3]);
  return {
    search,
    within: (box, distance) => search([box[0] - distance, box[1] - distance, box[2] + distance, box[3] + distance]),
    size,
  };
}
