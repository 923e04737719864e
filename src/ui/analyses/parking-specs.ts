import { POOLING_MODE_LABELS, POOLING_MODES } from '../../model/codes';
import { PARKING_DEFAULTS } from '../../model/standards';
import { numberSpec, type ParamSpec } from '../components/params';

/** Parking parameters and their URL keys (`#analysis=parking&mode=cross&walk=400…`). */
export const PARKING_SPECS: ParamSpec[] = [
  {
    key: 'mode', urlKey: 'mode', kind: 'select', label: { zh: '资源整合方式', en: 'Pooling mode' }, default: PARKING_DEFAULTS.mode.value, source: PARKING_DEFAULTS.mode.source,
    options: POOLING_MODES.map((mode) => ({ value: mode, label: POOLING_MODE_LABELS[mode] })),
  },
  numberSpec('ratio', 'ratio', { zh: '配建指标（车位/户）', en: 'Spaces per household' }, PARKING_DEFAULTS.ratio, { min: 0, max: 3, step: 0.05 }),
  numberSpec('areaPerSpaceM2', 'area', { zh: '单车位面积', en: 'Area per space' }, PARKING_DEFAULTS.areaPerSpaceM2, { unit: '㎡', min: 10, max: 60, step: 1 }),
  numberSpec('maxWalkM', 'walk', { zh: '步行距离上限', en: 'Walking limit' }, PARKING_DEFAULTS.maxWalkM, { unit: 'm', min: 0, max: 2000, step: 50 }),
  numberSpec('levels', 'levels', { zh: '停车层数', en: 'Levels' }, PARKING_DEFAULTS.levels, { min: 1, max: 6, step: 1 }),
  numberSpec('minSpaces', 'min', { zh: '最少车位数', en: 'Minimum spaces' }, PARKING_DEFAULTS.minSpaces, { min: 0, max: 100, step: 1 }),
];
