import { ELEVATOR_DEFAULTS } from '../../model/standards';
import { numberSpec, type ParamSpec } from '../components/params';

const SIDES = [
  { value: 'north', label: { zh: '北侧', en: 'north' } },
  { value: 'south', label: { zh: '南侧', en: 'south' } },
  { value: 'east', label: { zh: '东侧', en: 'east' } },
  { value: 'west', label: { zh: '西侧', en: 'west' } },
];

/** Elevator parameters and their URL keys (`#analysis=elevators&floors=5…`). */
export const ELEVATOR_SPECS: ParamSpec[] = [
  numberSpec('minFloors', 'floors', { zh: '最低层数', en: 'Minimum floors' }, ELEVATOR_DEFAULTS.minFloors, { min: 2, max: 12, step: 1 }),
  numberSpec('shaftWidthM', 'shaftW', { zh: '井道面宽', en: 'Shaft width' }, ELEVATOR_DEFAULTS.shaftWidthM, { unit: 'm', min: 1, max: 5, step: 0.1 }),
  numberSpec('shaftDepthM', 'shaftD', { zh: '井道进深', en: 'Shaft depth' }, ELEVATOR_DEFAULTS.shaftDepthM, { unit: 'm', min: 1, max: 5, step: 0.1 }),
  numberSpec('corridorDepthM', 'corridor', { zh: '连廊进深', en: 'Corridor depth' }, ELEVATOR_DEFAULTS.corridorDepthM, { unit: 'm', min: 0, max: 5, step: 0.1 }),
  numberSpec('minSpacingM', 'spacing', { zh: '防火间距', en: 'Fire spacing' }, ELEVATOR_DEFAULTS.minSpacingM, { unit: 'm', min: 0, max: 20, step: 0.5 }),
  numberSpec('requiredHours', 'hours', { zh: '日照要求', en: 'Required sunlight' }, ELEVATOR_DEFAULTS.requiredHours, { unit: 'h', min: 0, max: 8, step: 0.5 }),
  { key: 'date', urlKey: 'date', kind: 'text', label: { zh: '日照日期', en: 'Date' }, default: ELEVATOR_DEFAULTS.date.value, source: ELEVATOR_DEFAULTS.date.source },
  { key: 'stairSide', urlKey: 'stair', kind: 'select', label: { zh: '楼梯间朝向', en: 'Stair side' }, default: ELEVATOR_DEFAULTS.stairSide.value, source: ELEVATOR_DEFAULTS.stairSide.source, options: SIDES },
];
