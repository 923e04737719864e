import { FACILITY_TYPE_LABELS, POOLING_MODE_LABELS, POOLING_MODES, SERVICE_TYPES } from '../../model/codes';
import { SERVICES_DEFAULTS } from '../../model/standards';
import { numberSpec, type ParamSpec } from '../components/params';

/** Services parameters and URL keys (`#analysis=services&type=elderly_care&distance=network…`). */
export const SERVICES_SPECS: ParamSpec[] = [
  {
    key: 'type', urlKey: 'type', kind: 'select', label: { zh: '设施类型', en: 'Service type' }, default: 'elderly_care',
    options: SERVICE_TYPES.map((type) => ({ value: type, label: FACILITY_TYPE_LABELS[type] })),
  },
  {
    key: 'distance', urlKey: 'distance', kind: 'select', label: { zh: '距离计算', en: 'Distance' }, default: SERVICES_DEFAULTS.distance.value, source: SERVICES_DEFAULTS.distance.source,
    options: [{ value: 'euclidean', label: { zh: '直线距离', en: 'straight line' } }, { value: 'network', label: { zh: '步行网络', en: 'walking network' } }],
  },
  // 0 means "the type's own life-circle radius": the unit sits in the label, so the default reads 按类型, not "0 m".
  {
    key: 'radiusM', urlKey: 'radius', kind: 'number', label: { zh: '服务半径（m，0 = 按类型）', en: 'Radius (m, 0 = by type)' }, default: 0, min: 0, max: 3000, step: 50,
    defaultLabel: { zh: '0，按设施类型的生活圈半径', en: '0, the facility type\'s life-circle radius' },
    source: { zh: '5/10/15 分钟生活圈 300/500/1000 m（GB 50180-2018）', en: '5/10/15-minute life circles 300/500/1000 m (GB 50180-2018)' },
  },
  numberSpec('sites', 'sites', { zh: '新增设施数', en: 'New sites' }, SERVICES_DEFAULTS.sites, { min: 0, max: 20, step: 1 }),
  {
    key: 'mode', urlKey: 'mode', kind: 'select', label: { zh: '资源整合方式', en: 'Pooling mode' }, default: SERVICES_DEFAULTS.mode.value, source: SERVICES_DEFAULTS.mode.source,
    options: POOLING_MODES.map((mode) => ({ value: mode, label: POOLING_MODE_LABELS[mode] })),
  },
];
