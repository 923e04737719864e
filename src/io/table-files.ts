/**
 * The two tables (DESIGN §2: residents' surveys and elevator votes), their file names and each
 * role's name, in a module of their own: the page's first frame reads them (the header's demo
 * notice) and must not pull in the readers' shared chunk (zod, the field mapper: 28 kB gzip).
 */
import { LAYER_LABELS, type LayerName } from '../model/layer-names';

export const TABLE_NAMES = ['surveys', 'elevatorVotes'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export const TABLE_FILES: Record<TableName, string> = { surveys: 'surveys.csv', elevatorVotes: 'elevator_votes.csv' };

/** Each role's name, Chinese and English: the layers' own, and the two tables'. */
export const ROLE_LABELS: Record<LayerName | TableName, { zh: string; en: string }> = {
  ...LAYER_LABELS,
  surveys: { zh: '居民意愿调查', en: 'Residents’ survey' },
  elevatorVotes: { zh: '加梯表决', en: 'Elevator votes' },
};
