/**
 * The elevator units as deck.gl binary data, read straight from the result's flat footprints
 * (8 doubles per unit) and built once per result. A click on a unit changes only the small
 * selected-unit layer: the ≈550k footprints of a province are never rebuilt or re-tessellated
 * (they were, as GeoJSON features, on every selection: seconds of main-thread work).
 */
import type { ElevatorOutput, ElevatorUnit } from '../../analysis/elevators';
import { FOOTPRINT_STRIDE } from '../../analysis/elevators/footprints';
import { hexToRgb, VERDICT_COLOURS } from '../palette';

export const unitKey = (unit: Pick<ElevatorUnit, 'buildingId' | 'unit'>) => `${unit.buildingId}-${unit.unit}`;

/** What a pick on the units' layer reports: the unit's key and verdict (the panel selects by key). */
export function unitPickProperties(result: ElevatorOutput, index: number): Record<string, unknown> {
  const unit = result.units[index];
  return { key: unitKey(unit), status: unit.status, buildingId: unit.buildingId, unit: unit.unit, reasons: unit.reasons.join(',') };
}

/**
 * Binary data of one deck.gl layer (deck.gl's "binary attributes": `length`, `startIndices`
 * in vertices, typed `attributes`), with the properties of row i for picking: deck.gl gives a
 * pick on binary data an index and no object (see atlas-map.ts).
 */
export interface BinaryRows {
  length: number;
  startIndices: Uint32Array;
  attributes: Record<string, { value: Float64Array | Uint8Array; size: number }>;
  propertiesAt(index: number): Record<string, unknown>;
}

export interface UnitGraphics {
  /** The footprints (4 corners each): a SolidPolygonLayer's data. */
  polygons: BinaryRows;
  /**
   * RGBA per unit, by verdict. Read by an accessor, not given as a binary attribute: deck.gl
   * takes a polygon's binary attributes per vertex, and its tessellation adds vertices.
   */
  fillColours: Uint8Array;
  /** The same corners as closed paths: a PathLayer's data with `_pathType: 'loop'`. */
  outlines: BinaryRows;
  /** Each unit's centre (the mean of its corners: inside, the footprint is a rectangle). */
  centres: Float64Array;
}

const CORNERS = FOOTPRINT_STRIDE / 2;
const cache = new WeakMap<ElevatorOutput, UnitGraphics>();

/** The units' graphics of `result`, built on the first call for that result object. */
export function unitGraphics(result: ElevatorOutput): UnitGraphics {
  let found = cache.get(result);
  if (found) return found;
  const count = result.units.length;
  const startIndices = new Uint32Array(count);
  const colours = new Uint8Array(count * 4);
  const centres = new Float64Array(count * 2);
  const rgb = {
    feasible: hexToRgb(VERDICT_COLOURS.feasible),
    conditional: hexToRgb(VERDICT_COLOURS.conditional),
    infeasible: hexToRgb(VERDICT_COLOURS.infeasible),
  };
  const corners = result.footprints;
  for (let i = 0; i < count; i++) {
    startIndices[i] = i * CORNERS;
    const [r, g, b] = rgb[result.units[i].status];
    colours.set([r, g, b, 230], i * 4);
    let x = 0;
    let y = 0;
    for (let c = 0; c < CORNERS; c++) {
      x += corners[i * FOOTPRINT_STRIDE + 2 * c];
      y += corners[i * FOOTPRINT_STRIDE + 2 * c + 1];
    }
    centres[2 * i] = x / CORNERS;
    centres[2 * i + 1] = y / CORNERS;
  }
  const propertiesAt = (index: number) => unitPickProperties(result, index);
  found = {
    polygons: { length: count, startIndices, attributes: { getPolygon: { value: corners, size: 2 } }, propertiesAt },
    fillColours: colours,
    outlines: { length: count, startIndices, attributes: { getPath: { value: corners, size: 2 } }, propertiesAt },
    centres,
  };
  cache.set(result, found);
  return found;
}
