/**
 * Who reviews a renovation scheme jointly, in the order of the provincial letter (浙建议〔2022〕83号,
 * 一(二) 统筹协调组织联审): the county's lead department (建设), the functional departments, the
 * pipeline units, and the residents' representatives.
 */
import type { CodeLabel } from '../../model/codes';

export const REVIEW_DEPARTMENTS = [
  'construction', 'developmentReform', 'finance', 'naturalResources', 'publicSecurity', 'urbanManagement', 'fireRescue',
  'power', 'water', 'gas', 'telecom', 'broadcast', 'tower',
  'residents',
] as const;
export type ReviewDepartment = (typeof REVIEW_DEPARTMENTS)[number];

export type DepartmentGroup = 'lead' | 'functional' | 'pipeline' | 'residents';

export const DEPARTMENT_LABELS: Record<ReviewDepartment, CodeLabel & { group: DepartmentGroup }> = {
  construction: { zh: '建设（牵头）', en: 'Housing and construction (lead)', group: 'lead' },
  developmentReform: { zh: '发展改革', en: 'Development and reform', group: 'functional' },
  finance: { zh: '财政', en: 'Finance', group: 'functional' },
  naturalResources: { zh: '自然资源', en: 'Natural resources', group: 'functional' },
  publicSecurity: { zh: '公安', en: 'Public security', group: 'functional' },
  urbanManagement: { zh: '城管', en: 'Urban management', group: 'functional' },
  fireRescue: { zh: '消防救援', en: 'Fire and rescue', group: 'functional' },
  power: { zh: '电力', en: 'Power', group: 'pipeline' },
  water: { zh: '水务', en: 'Water', group: 'pipeline' },
  gas: { zh: '燃气', en: 'Gas', group: 'pipeline' },
  telecom: { zh: '通信', en: 'Telecoms', group: 'pipeline' },
  broadcast: { zh: '广播电视', en: 'Radio and television', group: 'pipeline' },
  tower: { zh: '铁塔', en: 'Towers (China Tower)', group: 'pipeline' },
  residents: { zh: '居民代表', en: 'Residents’ representatives', group: 'residents' },
};
