/**
 * What the sheet's map legend lists: only what the map can show. Without a buildings layer
 * there is no 本小区楼栋 and no elevator verdict; without a roads layer (or a road marked as a
 * fire lane in the frame) no 消防车道; a verdict only when a unit in the frame has it.
 */
import type { SiteDrawing } from './site-geometry';

export type SheetLegendItem = 'community' | 'ownBuildings' | 'feasible' | 'conditional' | 'infeasible' | 'idleLand' | 'parkingParcels' | 'fireLane';

const VERDICTS = ['feasible', 'conditional', 'infeasible'] as const;

export function sheetLegendItems(drawing: Pick<SiteDrawing, 'buildings' | 'elevatorUnits' | 'idleLand' | 'roads'>, parkingParcels: ReadonlySet<string>): SheetLegendItem[] {
  const items: SheetLegendItem[] = ['community'];
  if (drawing.buildings.some((building) => building.own)) items.push('ownBuildings');
  const verdicts = new Set(drawing.elevatorUnits.map((unit) => unit.kind));
  items.push(...VERDICTS.filter((verdict) => verdicts.has(verdict)));
  if (drawing.idleLand.length) items.push('idleLand');
  if (drawing.idleLand.some((parcel) => parkingParcels.has(String(parcel.id)))) items.push('parkingParcels');
  if (drawing.roads.some((road) => road.kind === 'fireLane')) items.push('fireLane');
  return items;
}
