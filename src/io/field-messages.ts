/**
 * What a field value that the schema refuses should have been, said to people: in English and
 * in Chinese, with the field's Chinese name (户数) and the code lists' labels (养老、托育…),
 * never zod's own English ("Invalid option: expected one of …") inside a Chinese message.
 */
import {
  CATEGORY_LABELS, FACILITY_TYPE_LABELS, FUNDING_SOURCE_LABELS, IDLE_LAND_KIND_LABELS, PROPERTY_MANAGEMENT_LABELS,
  PROTECTED_KIND_LABELS, RENOVATION_STATUS_LABELS, type CodeLabel,
} from '../model/codes';
import { fieldAliases } from './fields';
import type { Role } from './types';

/** The fields whose values are codes, and the labels of those codes. */
function codeLabels(role: Role, field: string): Record<string, CodeLabel> | undefined {
  if (role === 'facilities' && field === 'type') return FACILITY_TYPE_LABELS;
  if (role === 'idleLand' && field === 'kind') return IDLE_LAND_KIND_LABELS;
  if (role === 'protected' && field === 'kind') return PROTECTED_KIND_LABELS;
  if (field === 'propertyManagement') return PROPERTY_MANAGEMENT_LABELS;
  if (field === 'renovationStatus') return RENOVATION_STATUS_LABELS;
  if (field === 'category') return CATEGORY_LABELS;
  return undefined;
}

const HAS_CJK = /[\u4e00-\u9fff]/;

/** A field's Chinese name: its first Chinese alias (households → 户数), else the field itself. */
export function fieldLabelZh(role: Role, field: string): string {
  if (field === 'id') return '编号';
  const funding = /^funding\.(\w+)$/.exec(field)?.[1] as keyof typeof FUNDING_SOURCE_LABELS | undefined;
  if (funding && FUNDING_SOURCE_LABELS[funding]) return FUNDING_SOURCE_LABELS[funding].zh;
  return fieldAliases(role)[field]?.find((alias) => HAS_CJK.test(alias)) ?? field;
}

/** The parts of a zod issue read here (zod's issue types differ by code). */
interface SchemaIssue {
  code: string;
  message: string;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
}

const TYPE_WORDS: Record<string, CodeLabel> = {
  number: { en: 'a number', zh: '数字' },
  int: { en: 'a whole number', zh: '整数' },
  string: { en: 'text', zh: '文本' },
  boolean: { en: 'true or false', zh: '是或否（true/false）' },
  array: { en: 'a list', zh: '列表' },
  object: { en: 'an object', zh: '对象' },
};

/** The custom rules' messages (tables.ts) in Chinese. */
const CUSTOM_ZH: Record<string, string> = {
  'takingPart is more than households': '参与表决户数多于户数',
  'agreed is more than takingPart': '同意户数多于参与表决户数',
  'agreedAreaM2 is more than takingPartAreaM2': '同意面积多于参与表决面积',
};

/** What the value should have been, in both languages ("expected a number" / "应为数字"). */
function expectation(role: Role, field: string, problem: SchemaIssue): CodeLabel {
  switch (problem.code) {
    case 'invalid_type': {
      const word = TYPE_WORDS[problem.expected ?? ''];
      return word ? { en: `expected ${word.en}`, zh: `应为${word.zh}` } : { en: problem.message, zh: '类型不符合要求' };
    }
    case 'invalid_value': {
      const values = (problem.values ?? []).map(String);
      const labels = codeLabels(role, field);
      return {
        // A code is named in words only where its words differ from it ("canteen (canteen)" said nothing).
        en: `expected one of ${values.map((v) => (labels?.[v] && labels[v].en !== v ? `${v} (${labels[v].en})` : v)).join(', ')}`,
        zh: `应为以下之一：${values.map((v) => labels?.[v]?.zh ?? v).join('、')}`,
      };
    }
    case 'too_small': {
      if (problem.origin === 'string' && Number(problem.minimum) === 1) return { en: 'expected text that is not empty', zh: '不能为空' };
      if (problem.origin === 'array') return { en: `expected at least ${problem.minimum} items`, zh: `应至少有 ${problem.minimum} 项` };
      return problem.inclusive === false
        ? { en: `expected more than ${problem.minimum}`, zh: `应大于 ${problem.minimum}` }
        : { en: `expected ${problem.minimum} or more`, zh: `应不小于 ${problem.minimum}` };
    }
    case 'too_big':
      return problem.inclusive === false
        ? { en: `expected less than ${problem.maximum}`, zh: `应小于 ${problem.maximum}` }
        : { en: `expected ${problem.maximum} or less`, zh: `应不大于 ${problem.maximum}` };
    case 'invalid_union':
      // The only union in the schemas is an id: non-empty text or a finite number.
      return { en: 'expected text that is not empty or a number', zh: '应为非空文本或数字' };
    case 'custom':
      return { en: problem.message, zh: CUSTOM_ZH[problem.message] ?? '不符合要求' };
    default:
      return { en: problem.message, zh: '不符合要求' };
  }
}

/** The message for a refused value, without file, feature and field (validate.ts adds those). */
export function fieldValueMessage(role: Role, field: string, problem: SchemaIssue, value: unknown, shown: string): CodeLabel {
  const wanted = expectation(role, field, problem);
  if (value === undefined || value === null) return { en: `missing; ${wanted.en}`, zh: `缺少该字段的值，${wanted.zh}` };
  if (problem.code === 'custom') return { en: `value ${shown}: ${wanted.en}`, zh: `值 ${shown} 不符合要求：${wanted.zh}` };
  return { en: `value ${shown} is not valid; ${wanted.en}`, zh: `值 ${shown} 不符合要求，${wanted.zh}` };
}
