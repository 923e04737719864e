import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { SegmentGrid } from './segment-grid';

describe('SegmentGrid', () => {
  it('finds exactly the boxes flatbush finds around each query point, long segments included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const count = 3000;
    const boxes = [new Float64Array(count), new Float64Array(count), new Float64Array(count), new Float64Array(count)];
    const index = new Flatbush(count);
    for (let s = 0; s < count; s++) {
      const x = random() * 5000;
      const y = random() * 5000;
      const long = s % 97 === 0 ? 4000 : 60;
      const [x2, y2] = [x + (random() - 0.5) * long, y + (random() - 0.5) * long];
      const box = [Math.min(x, x2), Math.min(y, y2), Math.max(x, x2), Math.max(y, y2)];
      box.forEach((v, k) => (boxes[k][s] = v));
      index.add(box[0], box[1], box[2], box[3]);
    }
    index.finish();
    const grid = new SegmentGrid(boxes[0], boxes[1], boxes[2], boxes[3], 0.5);
    for (let q = 0; q < 2000; q++) {
      // Half the queries on box corners, where the edges of the test are met.
      const s = q % count;
      const [x, y] = q % 2 === 0 ? [boxes[0][s] - 0.5, boxes[3][s] + 0.5] : [random() * 5000, random() * 5000];
      const expected = index.search(x - 0.5, y - 0.5, x + 0.5, y + 0.5).sort((a, b) => a - b);
      const n = grid.near(x, y, x - 0.5, y - 0.5, x + 0.5, y + 0.5);
      expect([...grid.found.subarray(0, n)].sort((a, b) => a - b)).toEqual(expected);
    }
  });
});
