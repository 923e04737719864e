/**
 * References between layers that name nothing: a building's communityId that is no community's
 * id, a districtId that is no district's id while the districts layer is loaded. Each file is
 * valid alone, and the analyses take such a reference as given (DESIGN §3: a feature's district
 * is its districtId), so a typo gave a plausible wrong result without a word: every unit of a
 * building whose communityId misses was OUTSIDE_SITE (不可行), and pooling listed the unknown
 * district as a district of its own. Said here as warnings naming file, feature and field.
 * A districtId without a districts layer is fine (districts may be known by id only).
 * Ids are compared as text, as the analyses compare them ("1" names district 1).
 */
import type { LayerName } from '../model/layer-names';
import { featureId, type LayerSet } from '../model/types';
import { issue, type ImportIssue } from './types';

/** Which field of which layers names a feature of which layer. */
const REFERENCES: { field: string; from: LayerName[]; to: LayerName; what: { en: string; zh: string }; so: { en: string; zh: string } }[] = [
  {
    field: 'communityId', from: ['buildings'], to: 'communities', what: { en: 'community', zh: '小区' },
    so: { en: 'the building is in no community (its elevator units are OUTSIDE_SITE)', zh: '该楼栋不属于任何小区（加装电梯单元判为不在小区用地内）' },
  },
  {
    field: 'districtId', from: ['communities', 'buildings', 'idleLand', 'facilities', 'roads', 'protected'], to: 'districts', what: { en: 'district', zh: '片区' },
    so: { en: 'it counts as a district of its own', zh: '将单独计为一个片区' },
  },
];

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/**
 * One warning per feature whose reference names no feature of the layer it refers to.
 * `fileOf` gives a layer's file name for the messages (a path in the CLI). With `limit`, past
 * that many features of one layer and field the rest are counted in one more warning (code
 * UNKNOWN_REFERENCE_MORE): the import dialog runs this on the page, where a province's
 * buildings kept over another set of communities would make 240k messages.
 */
export function danglingReferences(layers: LayerSet, fileOf: (layer: LayerName) => string, limit = Infinity): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const { field, from, to, what, so } of REFERENCES) {
    const target = layers[to];
    if (!target) continue;
    const ids = new Set<string>();
    for (const feature of target.features) {
      const id = featureId(feature as never);
      if (id !== undefined) ids.add(String(id));
    }
    for (const layer of from) {
      const features = layers[layer]?.features ?? [];
      let found = 0;
      features.forEach((feature, index) => {
        const reference = (feature.properties as Record<string, unknown> | null)?.[field];
        if ((typeof reference !== 'string' && typeof reference !== 'number') || reference === '' || ids.has(String(reference))) return;
        if (++found > limit) return;
        const fileName = fileOf(layer);
        const id = featureId(feature as never);
        const label = id === undefined ? '' : ` (id ${shown(id)})`;
        const labelZh = id === undefined ? '' : `（编号 ${shown(id)}）`;
        issues.push(issue('warning', 'UNKNOWN_REFERENCE', fileName,
          `${fileName}: feature #${index + 1}${label}, field ${field}: ${shown(reference)} is no ${what.en} of ${fileOf(to)}, so ${so.en}; check the id`,
          `${fileName}：第 ${index + 1} 个要素${labelZh}，字段 ${field}：${shown(reference)} 不是 ${fileOf(to)} 中的${what.zh}，${so.zh}；请核对编号`,
          { featureIndex: index, ...(id === undefined ? {} : { featureId: id }), field }));
      });
      if (found > limit) {
        const fileName = fileOf(layer);
        const more = (found - limit).toLocaleString('en-US');
        issues.push(issue('warning', 'UNKNOWN_REFERENCE_MORE', fileName,
          `${fileName}: ${more} more features whose ${field} is no ${what.en} of ${fileOf(to)}`,
          `${fileName}：另有 ${more} 个要素的 ${field} 不是 ${fileOf(to)} 中的${what.zh}`, { field }));
      }
    }
  }
  return issues;
}
