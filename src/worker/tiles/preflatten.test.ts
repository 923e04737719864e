import { describe, expect, it } from 'vitest';
import { buildBuildingBuffers } from './building-buffers';
import { flattenSoon, handAhead, handedToken, takeFlattened } from './preflatten';

const square = (id: string, x: number) => ({
  type: 'Feature', properties: { id, floors: 6 },
  geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 0.0001, 30], [x + 0.0001, 30.0001], [x, 30.0001], [x, 30]]] },
});
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('buildings flattened ahead', () => {
  it('hands the buffers flattened after the task, or flattens them then, and knows the token of those features only', async () => {
    const features = [square('A', 120), square('B', 120.001)] as never[];
    flattenSoon(features);
    await nextTask();
    expect(handedToken(features)).toBeNull();
    const buffers = handAhead(features, 'import-7');
    expect(buffers).toEqual(buildBuildingBuffers(features));
    expect(takeFlattened(features)).toBeUndefined(); // taken with the hand-over
    expect(handedToken(features)).toBe('import-7');
    expect(handedToken([...features])).toBeNull(); // another array: an edit, flattened anew
  });

  it('handed over before the timer ran: the timer does not flatten them a second time', async () => {
    const features = [square('C', 121)] as never[];
    flattenSoon(features);
    expect(handAhead(features, 'import-8')).toEqual(buildBuildingBuffers(features));
    await nextTask();
    expect(takeFlattened(features)).toBeUndefined();
  });
});
