/**
 * Aggregate any numeric field of a layer by district (sum / mean / count), for a district
 * choropleth. Features without a finite value are left out of sum and mean but counted
 * in `features`.
 */
import type { LayerName } from '../../model/layers';
import { ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { prepareLayers } from '../prepare';

export type AggregateOperation = 'sum' | 'mean' | 'count';

export interface DistrictAggregate {
  districtId: FeatureId | null;
  value: number | null;
  features: number;
  valued: number;
}

export function aggregateByDistrict(layers: LayerSet, params: { layer: LayerName; field: string; operation: AggregateOperation }): Result<DistrictAggregate[]> {
  const prepared = prepareLayers(layers);
  const rows = new Map<FeatureId | null, { sum: number; features: number; valued: number }>();
  for (const district of prepared.layer('districts').features) rows.set(district.id, { sum: 0, features: 0, valued: 0 });
  prepared.layer(params.layer).features.forEach((feature, position) => {
    const districtId = params.layer === 'districts' ? feature.id : prepared.districtOf(params.layer, position);
    let row = rows.get(districtId);
    if (!row) {
      row = { sum: 0, features: 0, valued: 0 };
      rows.set(districtId, row);
    }
    row.features += 1;
    const value = feature.properties[params.field];
    if (typeof value === 'number' && Number.isFinite(value)) {
      row.sum += value;
      row.valued += 1;
    }
  });
  return ok(
    [...rows.entries()].map(([districtId, row]) => ({
      districtId,
      features: row.features,
      valued: row.valued,
      value: params.operation === 'count' ? row.features : params.operation === 'sum' ? row.sum : row.valued > 0 ? row.sum / row.valued : null,
    })),
  );
}

/** Numeric fields present in a layer (for the field picker). */
export function numericFields(layers: LayerSet, layer: LayerName): string[] {
  const fields = new Set<string>();
  for (const feature of layers[layer]?.features ?? []) {
    for (const [key, value] of Object.entries(feature.properties ?? {})) if (typeof value === 'number') fields.add(key);
  }
  return [...fields].sort();
}
