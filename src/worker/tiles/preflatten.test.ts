import { describe, expect, it } from 'vitest';
import { buildBuildingBuffers } from './building-buffers';
import { handAhead, handedToken } from './preflatten';

const square = (id: string, x: number) => ({
  type: 'Feature', properties: { id, floors: 6 },
  geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 0.0001, 30], [x + 0.0001, 30.0001], [x, 30.0001], [x, 30]]] },
});

describe('buildings handed ahead', () => {
  it('hands the flattened buffers, and knows the token of those features only', () => {
    const features = [square('A', 120), square('B', 120.001)] as never[];
    expect(handedToken('buildings', features)).toBeNull();
    const buffers = handAhead('buildings', features, 'import-7');
    expect(buffers).toEqual(buildBuildingBuffers(features));
    expect(handedToken('buildings', features)).toBe('import-7');
    expect(handedToken('buildings', [...features])).toBeNull(); // another array: an edit, flattened anew
    expect(handedToken('roads', features)).toBeNull(); // each layer's own
  });
});
