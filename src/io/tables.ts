/**
 * The two tables without geometry (DESIGN §2): residents' surveys and elevator votes.
 * Their schemas and column aliases live here because src/model holds the seven layers only.
 */
import { z } from 'zod';
import { featureIdSchema } from '../model/layers';
import type { TableName } from './types';

const share = z.number().min(0).max(1);
const count = z.number().int().min(0);
/** A floor area in m² (参与表决面积, 同意面积): any number ≥ 0, decimals allowed as on a property certificate. */
const area = z.number().min(0);

export const SURVEY_NEED_ITEMS = ['elevator', 'parking', 'elderly_care', 'childcare', 'canteen', 'greening', 'security', 'pipes', 'ev_charging', 'barrier_free'] as const;

export const surveyRow = z.looseObject({
  communityId: featureIdSchema,
  respondents: count.optional(),
  willingToPay: share.optional(),
  satisfaction: z.number().min(1).max(5).optional(),
  ...Object.fromEntries(SURVEY_NEED_ITEMS.map((item) => [`need_${item}`, share.optional()])),
});

export const elevatorVoteRow = z.looseObject({
  buildingId: featureIdSchema,
  unit: z.union([z.string(), z.number()]).optional(),
  households: count,
  takingPart: count,
  agreed: count,
  // Optional: art. 278 counts floor area too; without them the vote is judged by head count only.
  takingPartAreaM2: area.optional(),
  agreedAreaM2: area.optional(),
}).refine((row) => row.takingPart <= row.households, { message: 'takingPart is more than households', path: ['takingPart'] })
  .refine((row) => row.agreed <= row.takingPart, { message: 'agreed is more than takingPart', path: ['agreed'] })
  .refine((row) => row.agreedAreaM2 === undefined || row.takingPartAreaM2 === undefined || row.agreedAreaM2 <= row.takingPartAreaM2,
    { message: 'agreedAreaM2 is more than takingPartAreaM2', path: ['agreedAreaM2'] });

export const TABLE_ROW_SCHEMAS: Record<TableName, z.ZodTypeAny> = { surveys: surveyRow, elevatorVotes: elevatorVoteRow };

const NEED_ZH: Record<(typeof SURVEY_NEED_ITEMS)[number], string[]> = {
  elevator: ['加装电梯需求', '电梯需求', '加梯需求'],
  parking: ['停车需求', '停车'],
  elderly_care: ['养老需求', '养老'],
  childcare: ['托育需求', '托育'],
  canteen: ['助餐需求', '助餐'],
  greening: ['绿化需求', '绿化'],
  security: ['安防需求', '安防'],
  pipes: ['管网需求', '管线需求', '管网改造需求'],
  ev_charging: ['充电需求', '充电桩需求'],
  barrier_free: ['无障碍需求', '无障碍'],
};

/** Area column names as written, and with the unit a spreadsheet adds (参与表决面积(㎡) normalises to 参与表决面积㎡). */
const withAreaUnits = (names: readonly string[]) => names.flatMap((name) => [name, ...['㎡', 'm2', 'm²', '平方米'].map((unit) => `${name}${unit}`)]);

export const TABLE_FIELD_ALIASES: Record<TableName, Record<string, readonly string[]>> = {
  surveys: {
    communityId: ['小区编号', '所属小区', '小区代码', 'community_id', 'communityId'],
    respondents: ['受访户数', '调查户数', '样本户数', '样本数', 'respondents'],
    willingToPay: ['出资意愿', '愿意出资比例', '出资意愿比例', 'willing_to_pay', 'willingToPay'],
    satisfaction: ['满意度', 'satisfaction'],
    ...Object.fromEntries(SURVEY_NEED_ITEMS.map((item) => [`need_${item}`, [...NEED_ZH[item], `need_${item}`]])),
  },
  elevatorVotes: {
    buildingId: ['楼栋编号', '楼号', '楼栋', 'building_id', 'buildingId'],
    unit: ['单元', '单元号', 'unit'],
    households: ['户数', '总户数', '单元户数', 'households'],
    takingPart: ['参与表决户数', '参与户数', '参加表决户数', 'taking_part', 'takingPart'],
    agreed: ['同意户数', '同意', 'agreed'],
    takingPartAreaM2: [...withAreaUnits(['参与表决面积', '参与表决专有部分面积', '参与表决建筑面积', '参与面积']), 'taking_part_area', 'takingPartArea', 'takingPartAreaM2'],
    agreedAreaM2: [...withAreaUnits(['同意面积', '同意专有部分面积', '同意建筑面积', '同意表决面积']), 'agreed_area', 'agreedArea', 'agreedAreaM2'],
  },
};
