/** Sun position, rays against prisms, and ground shadows (DESIGN §3.2, §3.6). */
export { parseIsoDate, solarNoon, sunPositionAt, sunSamples, undoRefraction, type SunPosition, type SunSample } from './sun-position';
export { buildSampleTable, convexHull, countLit, litSamples, makePrism, rayEntryDistance, shadeByPrism, type Prism, type SampleTable } from './rays';
export { shadowPolygons, sweepPolygon, type PlannedShaft, type ShadowOptions, type ShadowOutput, type ShadowProperties } from './shadows';
