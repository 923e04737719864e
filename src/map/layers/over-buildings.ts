/**
 * Lines that connect places (parking flows, service links, pooling arcs, the measuring tools)
 * are a diagram over the map. In interleaved mode deck.gl tests depth against MapLibre's
 * building extrusions, so such a line vanished under every roof it crossed, even seen from
 * straight above; these layers are drawn over the buildings instead.
 */
export const OVER_BUILDINGS = { depthCompare: 'always' } as const;
