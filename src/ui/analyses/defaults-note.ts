/**
 * What a result took by default (DESIGN §2: "a missing optional field takes a documented
 * default and the result says so"), in the UI's language: one short line per field the
 * engine counted (`defaultsApplied`), only when the count is not zero, the field named as
 * the inspector names it (inspector-fields.ts: its Chinese alias). The elevator result adds
 * the buildings left out for their `use` and those whose shafts crowd the stair façade.
 */
import { FIELD_DEFAULTS } from '../../model/standards';
import type { Lang } from '../../i18n/strings';
import { fieldLabel } from '../inspector-fields';
import { buildingUseText } from '../building-use';

type Text = { zh: string; en: string };

interface DefaultSpec {
  /** The layer and field whose value was missing. */
  layer: string;
  field: string;
  /** What was counted: "个小区" / "communities". */
  counted: Text;
  /** What it was taken as. */
  takenAs: Text;
}

const COMMUNITIES: Text = { zh: '个小区', en: 'communities' };
const CANDIDATES: Text = { zh: '栋候选楼栋', en: 'candidate buildings' };

/** Every key the engine's `defaultsApplied` may hold (parking, services, elevators, pooling). */
export const DEFAULT_SPECS: Record<string, DefaultSpec> = {
  parkingSpaces: { layer: 'communities', field: 'parkingSpaces', counted: COMMUNITIES, takenAs: { zh: `按 ${FIELD_DEFAULTS.parkingSpaces} 计`, en: `taken as ${FIELD_DEFAULTS.parkingSpaces}` } },
  population: {
    layer: 'communities', field: 'population', counted: COMMUNITIES,
    takenAs: { zh: `按户数 × ${FIELD_DEFAULTS.populationPerHousehold} 计`, en: `taken as households × ${FIELD_DEFAULTS.populationPerHousehold}` },
  },
  elderlyShare: {
    layer: 'communities', field: 'elderlyShare', counted: COMMUNITIES,
    takenAs: { zh: `按 ${FIELD_DEFAULTS.elderlyShare * 100}% 计`, en: `taken as ${FIELD_DEFAULTS.elderlyShare * 100}%` },
  },
  communityHouseholds: {
    layer: 'communities', field: 'households', counted: { zh: '个有候选楼栋的小区', en: 'communities with candidates' },
    takenAs: { zh: '按 0 户计（表决户数随之为 0）', en: 'taken as 0 (so are the consent counts)' },
  },
  hasElevator: { layer: 'buildings', field: 'hasElevator', counted: CANDIDATES, takenAs: { zh: '按无电梯计', en: 'taken as no elevator' } },
  use: { layer: 'buildings', field: 'use', counted: CANDIDATES, takenAs: { zh: '按住宅计', en: 'taken as residential' } },
  roadWidthM: {
    layer: 'roads', field: 'widthM', counted: { zh: '条道路', en: 'roads' },
    takenAs: { zh: `按 ${FIELD_DEFAULTS.roadWidthM} m 计`, en: `taken as ${FIELD_DEFAULTS.roadWidthM} m` },
  },
  protectedBufferM: {
    layer: 'protected', field: 'bufferM', counted: { zh: '处保护对象', en: 'protected objects' },
    takenAs: { zh: `按 ${FIELD_DEFAULTS.protectedBufferM} m 计`, en: `taken as ${FIELD_DEFAULTS.protectedBufferM} m` },
  },
};

/** One line per defaulted field, in the order the engine lists them; none when nothing was defaulted. */
export function defaultsLines(defaults: Record<string, number> | undefined, lang: Lang): string[] {
  const lines: string[] = [];
  for (const [key, count] of Object.entries(defaults ?? {})) {
    if (!count) continue;
    const spec = DEFAULT_SPECS[key];
    const name = spec ? fieldLabel(spec.layer, spec.field, lang) : key;
    if (lang === 'zh') lines.push(`${count} ${spec?.counted.zh ?? '项'}缺少${name}，${spec?.takenAs.zh ?? '按默认值计'}`);
    else lines.push(`${count} ${spec?.counted.en ?? 'features'} without ${spec ? spec.field : key}, ${spec?.takenAs.en ?? 'taken at its default'}`);
  }
  return lines;
}

const MAX_USES = 5;

/** The elevator result's two further lines: tall buildings left out for their use, and crowded façades. */
export function elevatorExtraLines(
  output: { nonResidential?: readonly { use: string; buildings: number }[]; crowdedFacades?: number; params: { minFloors: number } },
  lang: Lang,
): string[] {
  const lines: string[] = [];
  const uses = output.nonResidential ?? [];
  const zh = lang === 'zh';
  if (uses.length > 0) {
    const total = uses.reduce((sum, entry) => sum + entry.buildings, 0);
    const listed = uses.slice(0, MAX_USES).map((entry) => (zh ? `${buildingUseText(entry.use, lang)} ${entry.buildings} 栋` : `${buildingUseText(entry.use, lang)} ${entry.buildings}`));
    const more = uses.length > MAX_USES ? (zh ? `等 ${uses.length} 种` : `, and ${uses.length - MAX_USES} more`) : '';
    const field = fieldLabel('buildings', 'use', lang);
    lines.push(zh
      ? `${total} 栋 ${output.params.minFloors} 层及以上楼栋因${field}不是住宅未列为候选：${listed.join('、')}${more}`
      : `${total} buildings of ${output.params.minFloors}+ floors are not candidates because their use is not residential: ${listed.join(', ')}${more}`);
  }
  if (output.crowdedFacades) {
    lines.push(zh
      ? `${output.crowdedFacades} 栋候选楼栋的各单元井道在楼梯间一侧排不下（单元数 × 井道宽度超过该侧长度）`
      : `${output.crowdedFacades} candidate buildings: their units' shafts do not fit side by side on the stair façade`);
  }
  return lines;
}

/** The note's heading. */
export const defaultsHeading = (lang: Lang) => (lang === 'zh' ? '按默认值计' : 'Defaults used');
