/**
 * The elevator units as deck.gl binary data, read from the result's flat footprints (8 doubles
 * per unit) and built once per result. A click on a unit changes only the small selected-unit
 * layer: the ≈550k footprints of a province are never rebuilt or re-tessellated (they were, as
 * GeoJSON features, on every selection: seconds of main-thread work).
 *
 * The fills come in chunks, one per grid cell of about 2 km, each with its bounds, so the map
 * draws only the chunks in view (layer-culling.ts); above DETAILED_UNITS_LIMIT units, not at
 * all below zoom 14, where a footprint is under a pixel.
 */
import type { ElevatorOutput, ElevatorUnit } from '../../analysis/elevators';
import { FOOTPRINT_STRIDE } from '../../analysis/elevators/footprints';
import { chunkKey, type CulledData } from '../layer-culling';
import type { MapTheme } from '../palette';
import { keptData } from './kept-data';
import { ELEVATOR_COLOURS, type RGBA } from './view-colours';

/**
 * Above this many units the map draws verdicts by colour only, without the marks and the
 * outline of every unit (the selected unit is outlined at every size). A province of
 * 240k buildings has ~550k units: their marks and outlines (≈2M line segments) made each
 * software-rendered frame so slow that opening the panel held the page for a minute.
 */
export const DETAILED_UNITS_LIMIT = 20_000;
/** Above DETAILED_UNITS_LIMIT, the fills are drawn from this zoom in (a 2.4 m shaft is about a pixel at 15). */
export const UNITS_MIN_ZOOM = 14;

export const unitKey = (unit: Pick<ElevatorUnit, 'buildingId' | 'unit'>) => `${unit.buildingId}-${unit.unit}`;

/** What a pick on the units reports: the unit's key and verdict (the panel selects by key). */
export function unitPickProperties(result: ElevatorOutput, index: number): Record<string, unknown> {
  const unit = result.units[index];
  return { key: unitKey(unit), status: unit.status, buildingId: unit.buildingId, unit: unit.unit, reasons: unit.reasons.join(',') };
}

/**
 * Binary data of one deck.gl layer (deck.gl's "binary attributes": `length`, `startIndices`
 * in vertices, typed `attributes`); pickable ones add the properties of row i, since deck.gl
 * gives a pick on binary data an index and no object (see atlas-map.ts), and the layer id the
 * click is reported under.
 */
export interface BinaryAttribute {
  value: Float64Array;
  size: number;
}

export interface BinaryRows {
  length: number;
  startIndices: Uint32Array;
  /** Typed attributes by accessor name; `indices`, a polygon layer's triangles, given ready-made. */
  attributes: { getPolygon?: BinaryAttribute; getPath?: BinaryAttribute; indices?: Uint32Array };
}

export interface PickableRows extends BinaryRows {
  propertiesAt(index: number): Record<string, unknown>;
  pickLayer: string;
}

/**
 * One chunk of the fills: its footprints as closed rings (the 4 corners and the first again),
 * deck.gl's own polygon form, which a SolidPolygonLayer with `_normalize: false` reads in
 * place, and RGBA per footprint by verdict (light), read by an accessor (deck.gl takes a
 * polygon's binary attributes per vertex); 深色's come from the verdict (unitFill).
 */
export interface UnitChunk {
  polygons: PickableRows & CulledData;
  fillColours: Uint8Array;
  /** Row in the chunk → unit index in the result. */
  units: Int32Array;
}

export interface UnitGraphics {
  chunks: UnitChunk[];
  /** Every footprint as a closed path: a PathLayer's data with `_pathType: 'loop'` (detailed results). */
  outlines: BinaryRows;
  /** Each unit's centre (the mean of its corners: inside, the footprint is a rectangle). */
  centres: Float64Array;
}

/** The verdict colours as RGB, light (the overview of elevator-communities.ts adds its own alpha; view-colours.ts has each theme's). */
export const VERDICT_RGB = ELEVATOR_COLOURS.light.verdict;
/** The units' fill alpha (the legend's swatches use it too). */
export const UNIT_FILL_ALPHA = 230;

/** A unit's fill in a theme: the chunk's own colours in light, the theme's verdict colour otherwise. */
export function unitFill(result: ElevatorOutput, chunk: UnitChunk, row: number, theme: MapTheme, target: number[]): RGBA {
  if (theme === 'light') {
    for (let channel = 0; channel < 4; channel++) target[channel] = chunk.fillColours[row * 4 + channel];
  } else {
    const [r, g, b] = ELEVATOR_COLOURS[theme].verdict[result.units[chunk.units[row]].status];
    target[0] = r;
    target[1] = g;
    target[2] = b;
    target[3] = UNIT_FILL_ALPHA;
  }
  return target as RGBA;
}
const CORNERS = FOOTPRINT_STRIDE / 2;
const RING = FOOTPRINT_STRIDE + 2;

function unitCentres(footprints: Float64Array, count: number): Float64Array {
  const centres = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    let x = 0;
    let y = 0;
    for (let c = 0; c < CORNERS; c++) {
      x += footprints[i * FOOTPRINT_STRIDE + 2 * c];
      y += footprints[i * FOOTPRINT_STRIDE + 2 * c + 1];
    }
    centres[2 * i] = x / CORNERS;
    centres[2 * i + 1] = y / CORNERS;
  }
  return centres;
}

/**
 * Each footprint's two triangles (0 1 2, 0 2 3: a unit is a rectangle, convex), indexing the
 * chunk's rings. Given to deck.gl with the rings, it skips its own tessellation (earcut per
 * polygon): at province scale, the chunks in view at street level held the page 2–6 s.
 */
export function rectangleIndices(count: number): Uint32Array {
  const indices = new Uint32Array(count * 6);
  for (let row = 0, at = 0; row < count; row++) {
    const first = row * (CORNERS + 1);
    indices[at++] = first;
    indices[at++] = first + 1;
    indices[at++] = first + 2;
    indices[at++] = first;
    indices[at++] = first + 2;
    indices[at++] = first + 3;
  }
  return indices;
}

function buildChunk(result: ElevatorOutput, members: Int32Array, minZoom: number | undefined): UnitChunk {
  const corners = result.footprints;
  const rings = new Float64Array(members.length * RING);
  const startIndices = new Uint32Array(members.length);
  const fillColours = new Uint8Array(members.length * 4);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  // No array or view per unit: a province has ~550k of them, built on the page's main thread.
  for (let row = 0; row < members.length; row++) {
    const from = members[row] * FOOTPRINT_STRIDE;
    const to = row * RING;
    startIndices[row] = row * (CORNERS + 1);
    for (let c = 0; c < FOOTPRINT_STRIDE; c += 2) {
      const lon = corners[from + c];
      const lat = corners[from + c + 1];
      rings[to + c] = lon;
      rings[to + c + 1] = lat;
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
    rings[to + FOOTPRINT_STRIDE] = corners[from];
    rings[to + FOOTPRINT_STRIDE + 1] = corners[from + 1];
    const rgb = VERDICT_RGB[result.units[members[row]].status];
    fillColours[row * 4] = rgb[0];
    fillColours[row * 4 + 1] = rgb[1];
    fillColours[row * 4 + 2] = rgb[2];
    fillColours[row * 4 + 3] = UNIT_FILL_ALPHA;
  }
  const bounds: [number, number, number, number] = [west, south, east, north];
  const polygons = {
    length: members.length,
    startIndices,
    attributes: { getPolygon: { value: rings, size: 2 }, indices: rectangleIndices(members.length) },
    propertiesAt: (row: number) => unitPickProperties(result, members[row]),
    pickLayer: 'elevator-units',
    bounds,
    ...(minZoom === undefined ? {} : { minZoom }),
  };
  return { polygons, fillColours, units: members };
}

/** The units' graphics of `result`, built on the first call for that result object (kept-data.ts). */
export function unitGraphics(result: ElevatorOutput): UnitGraphics {
  return keptData(result, 'unit-graphics', [], () => buildGraphics(result));
}

function buildGraphics(result: ElevatorOutput): UnitGraphics {
  const count = result.units.length;
  const centres = unitCentres(result.footprints, count);
  // Units by grid cell of their centre, in unit order within a cell.
  const cells = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const key = chunkKey(centres[2 * i], centres[2 * i + 1]);
    let members = cells.get(key);
    if (!members) cells.set(key, (members = []));
    members.push(i);
  }
  const minZoom = count > DETAILED_UNITS_LIMIT ? UNITS_MIN_ZOOM : undefined;
  const chunks = [...cells.values()].map((members) => buildChunk(result, Int32Array.from(members), minZoom));
  const startIndices = Uint32Array.from({ length: count }, (_, i) => i * CORNERS);
  return { chunks, outlines: { length: count, startIndices, attributes: { getPath: { value: result.footprints, size: 2 } } }, centres };
}
