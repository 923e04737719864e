/**
 * A public block (公共地块) between communities: split into lots holding the land a district
 * can pool — vacant lots, wasteland, idle land, idle buildings — plus facilities and heritage.
 * Heritage houses and old trees are put on or beside idle land so protected buffers bite.
 */
import type { FacilityType } from '../../model/codes';
import type { Point } from '../../analysis/geometry/planar';
import { type NameBook, OWNERS } from './names';
import { type CellPlan, type Rect, rectRing } from './plan-types';
import type { Random } from './random';
import type { DemoSink } from './sink';

type LotUse = 'idle' | 'idleBuilding' | 'facilities' | 'heritage' | 'grove';

const PUBLIC_FACILITY_TYPES: [FacilityType, number][] = [
  ['market', 0.2], ['clinic', 0.15], ['community_service', 0.12], ['canteen', 0.12], ['elderly_care', 0.12],
  ['childcare', 0.09], ['parking', 0.1], ['ev_charging', 0.1],
];

/** Splits a rectangle in two along x or y, leaving `gap` metres between the halves. */
function split(rect: Rect, alongX: boolean, fraction: number, gap: number): [Rect, Rect] {
  if (alongX) {
    const cut = rect.minX + (rect.maxX - rect.minX) * fraction;
    return [{ ...rect, maxX: cut - gap / 2 }, { ...rect, minX: cut + gap / 2 }];
  }
  const cut = rect.minY + (rect.maxY - rect.minY) * fraction;
  return [{ ...rect, maxY: cut - gap / 2 }, { ...rect, minY: cut + gap / 2 }];
}

const centre = (r: Rect): Point => [(r.minX + r.maxX) / 2, (r.minY + r.maxY) / 2];
const shrink = (r: Rect, by: number): Rect => ({ minX: r.minX + by, minY: r.minY + by, maxX: r.maxX - by, maxY: r.maxY - by });
const randomPointIn = (r: Rect, random: Random): Point => [random.range(r.minX, r.maxX), random.range(r.minY, r.maxY)];

/**
 * A block of a former works yard (旧厂区, moved out of the old city): a large idle_land parcel
 * and a vacant yard beside the old workshop, owned by one state enterprise. Far more land
 * than the district's own nearby communities can use for parking.
 */
export function planWorksYard(cell: CellPlan, random: Random, sink: DemoSink): void {
  const owner = random.pick(['区属国有企业', '市城投集团', '原产权单位'] as const);
  const [north, south] = split(cell.block, false, random.range(0.45, 0.55), random.range(8, 12)).reverse();
  sink.addIdle('idle_land', rectRing(shrink(north, random.range(0, 2))), owner);
  // Half the yards keep their old workshop in the south-west corner, the rest of the lot vacant.
  if (!random.chance(0.5)) {
    sink.addIdle('vacant', rectRing(shrink(south, random.range(0, 2))), owner);
    return;
  }
  const width = random.range(24, 36);
  const depth = Math.min(random.range(14, 20), south.maxY - south.minY - 4);
  const workshop: Rect = { minX: south.minX + 2, minY: south.minY + 2, maxX: south.minX + 2 + width, maxY: south.minY + 2 + depth };
  sink.addIdle('idle_building', rectRing(workshop), owner, width * depth * random.int(1, 2));
  sink.addIdle('vacant', rectRing({ minX: workshop.maxX + 6, minY: south.minY, maxX: south.maxX, maxY: south.maxY }), owner);
}

export function planPublicBlock(cell: CellPlan, placeName: string, random: Random, sink: DemoSink, names: NameBook): void {
  const [west, east] = split(cell.block, true, random.range(0.4, 0.6), random.range(8, 12));
  const lots = [...split(west, false, random.range(0.35, 0.65), random.range(8, 12)), ...split(east, false, random.range(0.35, 0.65), random.range(8, 12))];
  for (const lot of lots) {
    const use = random.weighted<LotUse>([['idle', 0.34], ['idleBuilding', 0.14], ['facilities', 0.3], ['heritage', 0.1], ['grove', 0.12]]);
    const owner = random.pick(OWNERS);
    switch (use) {
      case 'idle': {
        const parcel = shrink(lot, random.range(0, 3));
        sink.addIdle(random.weighted([['vacant', 0.35], ['wasteland', 0.3], ['idle_land', 0.35]] as const), rectRing(parcel), owner);
        if (random.chance(0.3)) sink.addProtected('ancient_tree', { at: randomPointIn(shrink(parcel, 5), random) }, random.pick([10, 12, 15]), `${placeName}古银杏`);
        break;
      }
      case 'idleBuilding': {
        const width = Math.min(random.range(16, 32), lot.maxX - lot.minX - 4);
        const depth = Math.min(random.range(10, 18), lot.maxY - lot.minY - 4);
        const footprint: Rect = { minX: lot.minX + 2, minY: lot.minY + 2, maxX: lot.minX + 2 + width, maxY: lot.minY + 2 + depth };
        sink.addIdle('idle_building', rectRing(footprint), owner, width * depth * random.int(1, 4));
        // The yard beside a disused factory building is often idle too.
        if (random.chance(0.5) && lot.maxX - footprint.maxX > 20) {
          sink.addIdle('vacant', rectRing({ minX: footprint.maxX + 6, minY: lot.minY, maxX: lot.maxX, maxY: lot.maxY }), owner);
        }
        break;
      }
      case 'facilities': {
        const count = random.int(1, 3);
        for (let i = 0; i < count; i++) {
          const type = random.weighted(PUBLIC_FACILITY_TYPES);
          sink.addFacility(type, randomPointIn(shrink(lot, 4), random), names.facility(placeName, type));
        }
        break;
      }
      case 'heritage': {
        // A listed house in one corner; the rest of the lot is idle land within its buffer.
        const width = Math.min(random.range(12, 24), (lot.maxX - lot.minX) / 2);
        const depth = Math.min(random.range(10, 18), lot.maxY - lot.minY - 4);
        const house: Rect = { minX: lot.minX + 2, minY: lot.minY + 2, maxX: lot.minX + 2 + width, maxY: lot.minY + 2 + depth };
        sink.addProtected('historic_building', { ring: rectRing(house) }, random.pick([15, 20, 25]), `${placeName}历史建筑`);
        if (lot.maxX - house.maxX > 18) {
          sink.addIdle(random.pick(['idle_land', 'vacant'] as const), rectRing({ minX: house.maxX + random.range(3, 8), minY: lot.minY, maxX: lot.maxX, maxY: lot.maxY }), owner);
        }
        break;
      }
      case 'grove': {
        // Wasteland round a few old trees: plenty of area, much of it under protection.
        const parcel = shrink(lot, random.range(1, 3));
        sink.addIdle('wasteland', rectRing(parcel), owner);
        const trees = random.int(1, 3);
        for (let i = 0; i < trees; i++) sink.addProtected('ancient_tree', { at: randomPointIn(shrink(parcel, 4), random) }, random.pick([10, 12, 15]), `${placeName}古樟`);
        break;
      }
    }
  }
  // Every public block keeps a small square or service point at its centre.
  if (random.chance(0.15)) sink.addFacility('community_service', centre(cell.block), names.facility(placeName, 'community_service'));
}
