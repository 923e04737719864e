/**
 * Column aliases for the two resident tables beyond those io already has (src/io/tables.ts,
 * TABLE_FIELD_ALIASES, which src/model/aliases.ts does not carry). io's mapping runs first;
 * these only name columns it leaves unmapped, e.g. "需求_加装电梯" (a survey export's
 * "need_<item>" written in Chinese) or a need item io's list lacks (need_roof, need_facade).
 * Kept here rather than in io so the io engineer's files stay untouched; worth moving into
 * io/tables.ts later.
 */
import { normaliseColumnName } from '../../model/aliases';
import { RENOVATION_ITEMS } from '../../model/codes';
import { SURVEY_NEED_ITEMS } from '../../io/tables';
import type { ResidentTableName } from './types';

/** Chinese words residents' surveys use for each need item, beyond the RENOVATION_ITEMS labels. */
const NEED_WORDS: Record<string, readonly string[]> = {
  elevator: ['加装电梯', '电梯', '加梯'],
  parking: ['停车设施', '停车', '停车位'],
  elderly_care: ['养老设施', '养老', '居家养老'],
  childcare: ['托育设施', '托育'],
  canteen: ['助餐', '老年食堂', '食堂'],
  greening: ['绿化', '环境绿化'],
  security: ['安防', '治安', '智安'],
  pipes: ['管网改造', '管网', '管线'],
  ev_charging: ['充电设施', '充电桩', '充电'],
  barrier_free: ['无障碍', '适老化'],
  roof: ['屋面修缮', '屋面', '屋顶'],
  facade: ['外立面', '立面'],
  fire_safety: ['消防设施', '消防'],
};

/** Every need item code the aliases know: io's list, then the renovation items it lacks. */
export const KNOWN_NEED_ITEMS: readonly string[] = [
  ...SURVEY_NEED_ITEMS,
  ...Object.keys(RENOVATION_ITEMS).filter((item) => !(SURVEY_NEED_ITEMS as readonly string[]).includes(item)),
];

function needAliases(): Record<string, readonly string[]> {
  const aliases: Record<string, readonly string[]> = {};
  for (const item of KNOWN_NEED_ITEMS) {
    const words = NEED_WORDS[item] ?? [];
    aliases[`need_${item}`] = [
      `need_${item}`, `need${item}`,
      ...words.flatMap((word) => [`需求_${word}`, `${word}需求`, `${word}_需求`, `需求${word}`]),
    ];
  }
  return aliases;
}

export const RESIDENT_EXTRA_ALIASES: Record<ResidentTableName, Record<string, readonly string[]>> = {
  surveys: {
    communityId: ['小区', '小区ID', 'community'],
    respondents: ['受访人数', '问卷数', '有效问卷'],
    willingToPay: ['出资意愿占比', '愿意出资', '愿意出资户占比'],
    satisfaction: ['居民满意度', '改造满意度', '满意度评分'],
    ...needAliases(),
  },
  elevatorVotes: {
    buildingId: ['楼栋ID', '楼栋号', 'building'],
    unit: ['单元编号', 'unit_no'],
    households: ['业主户数', '应参与户数', '单元总户数'],
    takingPart: ['参与户', '表决户数', '参与表决', 'participants'],
    agreed: ['同意户', '赞成户数', '同意表决户数', 'agree'],
  },
};

/**
 * Column → field for columns io's mapping left unmapped and an extra alias names. Fields
 * io already filled are not taken twice (the first column keeps its field).
 */
export function extraColumnOverrides(table: ResidentTableName, ioMapping: Record<string, string | null>): Record<string, string> {
  const taken = new Set(Object.values(ioMapping).filter((field): field is string => Boolean(field)));
  const overrides: Record<string, string> = {};
  for (const [column, field] of Object.entries(ioMapping)) {
    if (field) continue;
    const name = normaliseColumnName(column);
    for (const [candidate, names] of Object.entries(RESIDENT_EXTRA_ALIASES[table])) {
      if (taken.has(candidate)) continue;
      if (names.some((alias) => normaliseColumnName(alias) === name)) {
        overrides[column] = candidate;
        taken.add(candidate);
        break;
      }
    }
  }
  return overrides;
}
