/**
 * From rows as the io CSV reader gives them (records of text under the file's own column
 * names, Chinese or English) to validated survey and vote records. Column names and values
 * go through io's field mapping (applyFieldMapping: aliases, "62%" → 0.62, "8户" → 8), so
 * a table reads the same in the import dialog, the worker and the CLI; this module adds the
 * checks io's schemas leave to the analysis and messages naming table, row and field.
 */
import { applyFieldMapping, convertValue, mapColumns } from '../../io/fields';
import { err, ok, type FeatureId, type Result } from '../../model/types';
import { extraColumnOverrides } from './aliases';
import type { ResidentTableName, SurveyRecord, TableIssue, VoteRecord } from './types';

export const DEFAULT_TABLE_FILES: Record<ResidentTableName, string> = { surveys: 'surveys.csv', elevatorVotes: 'elevator_votes.csv' };

export interface ParseOptions {
  /** For messages; default surveys.csv / elevator_votes.csv. */
  fileName?: string;
  /** Column order; default the keys of the rows in first-seen order. */
  columns?: string[];
  /** The row number a message gives each row (an Excel sheet's own rows); default its CSV line. */
  rowNumbers?: readonly number[];
}

export type TableRow = Record<string, unknown>;

/** The CSV line of the row at `index` (the header is line 1). */
const lineOf = (index: number) => index + 2;

function columnsOf(rows: readonly TableRow[], given?: string[]): string[] {
  if (given) return given;
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row ?? {})) seen.add(key);
  return [...seen];
}

interface Mapped {
  records: Record<string, unknown>[];
  /** field → the file's column, for messages in the planner's own words. */
  columnOf: Map<string, string>;
}

/** io's mapping, plus this module's extra aliases for the columns io left unmapped. */
function mapRows(table: ResidentTableName, rows: readonly TableRow[], columns: string[]): Mapped {
  const overrides = extraColumnOverrides(table, mapColumns(columns, table));
  const features = rows.map((row) => ({ type: 'Feature' as const, geometry: null, properties: { ...(row ?? {}) } }));
  const mapped = applyFieldMapping({ features, columns }, table, overrides);
  const columnOf = new Map<string, string>();
  for (const [column, field] of Object.entries(mapped.mapping)) if (field) columnOf.set(field, column);
  return { records: mapped.features.map((f) => f.properties ?? {}), columnOf };
}

class IssueList {
  readonly issues: TableIssue[] = [];
  constructor(private readonly table: ResidentTableName, private readonly fileName: string, private readonly columnOf: Map<string, string>) {}

  /** "surveys.csv: row 5 (community C0004), field need_parking (停车需求): …" */
  error(code: string, row: number | null, field: string | undefined, id: FeatureId | undefined, en: string, zh: string): void {
    const column = field ? this.columnOf.get(field) : undefined;
    const fieldText = field ? `field ${field}${column && column !== field ? ` (${column})` : ''}` : '';
    const idText = id === undefined ? '' : ` (${this.table === 'surveys' ? 'community' : 'building'} ${id})`;
    const where = row === null ? '' : `row ${row}${idText}`;
    const head = [where, fieldText].filter(Boolean).join(', ');
    const headZh = [row === null ? '' : `第 ${row} 行${id === undefined ? '' : `（${id}）`}`, field ? `字段 ${column ?? field}` : ''].filter(Boolean).join('');
    this.issues.push({
      severity: 'error', code, table: this.table, fileName: this.fileName, row, ...(field ? { field } : {}), ...(id !== undefined ? { id } : {}),
      message: `${this.fileName}: ${head ? `${head}: ` : ''}${en}`,
      messageZh: `${this.fileName}：${headZh ? `${headZh}：` : ''}${zh}`,
    });
  }
}

/** A number from a mapped value: io converted known fields; others ("0.4", "40%") are converted here. */
function numberValue(field: string, value: unknown): number | undefined | 'bad' {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const converted = typeof value === 'number' ? value : convertValue(field, 'number', value);
  return typeof converted === 'number' && Number.isFinite(converted) ? converted : 'bad';
}

function idValue(value: unknown): FeatureId | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

const shown = (value: unknown) => `"${String(value).slice(0, 40)}"`;

export interface ParsedSurveys {
  records: SurveyRecord[];
  /** Need items in column order. */
  needItems: string[];
}

/** Parses surveys.csv rows; every bad value is an error naming the row and the field. */
export function parseSurveys(rows: readonly TableRow[], options: ParseOptions = {}): Result<ParsedSurveys, TableIssue[]> {
  const fileName = options.fileName ?? DEFAULT_TABLE_FILES.surveys;
  const columns = columnsOf(rows, options.columns);
  const { records, columnOf } = mapRows('surveys', rows, columns);
  const issues = new IssueList('surveys', fileName, columnOf);
  if (!columnOf.has('communityId')) {
    issues.error('MISSING_COLUMN', null, 'communityId', undefined, 'no community id column (小区编号 / communityId)', '缺少小区编号列（小区编号 / communityId）');
    return err(issues.issues);
  }
  // Need columns: every mapped or unmapped field named need_<item>, in the file's column order.
  const needFields = [...new Set(columns.map((column) => {
    const mappedField = [...columnOf.entries()].find(([, c]) => c === column)?.[0];
    return mappedField ?? column;
  }).filter((field) => /^need_.+/.test(field)))];
  const firstRowOf = new Map<string, number>();
  const out: SurveyRecord[] = [];
  records.forEach((record, index) => {
    const row = options.rowNumbers?.[index] ?? lineOf(index);
    const id = idValue(record.communityId);
    if (id === undefined) {
      issues.error('MISSING_ID', row, 'communityId', undefined, 'community id is empty', '小区编号为空');
      return;
    }
    const key = String(id);
    if (firstRowOf.has(key)) {
      issues.error('DUPLICATE_ROW', row, 'communityId', id, `community ${id} is surveyed again (first on row ${firstRowOf.get(key)}); keep one row per community`,
        `小区 ${id} 重复（首次见第 ${firstRowOf.get(key)} 行），每个小区只保留一行`);
      return;
    }
    firstRowOf.set(key, row);
    const share = (field: string): number | null => {
      const value = numberValue(field, record[field]);
      if (value === undefined) return null;
      if (value === 'bad' || value < 0 || value > 1) {
        issues.error('BAD_SHARE', row, field, id, `${shown(record[field])} is not a share between 0 and 1`, `${shown(record[field])} 不是 0–1 之间的比例`);
        return null;
      }
      return value;
    };
    const needs: Record<string, number> = {};
    for (const field of needFields) {
      const value = share(field);
      if (value !== null) needs[field.slice('need_'.length)] = value;
    }
    const willingToPay = share('willingToPay');
    let respondents: number | null = null;
    const rawRespondents = numberValue('respondents', record.respondents);
    if (rawRespondents === 'bad' || (typeof rawRespondents === 'number' && (!Number.isInteger(rawRespondents) || rawRespondents < 0))) {
      issues.error('BAD_COUNT', row, 'respondents', id, `${shown(record.respondents)} is not a whole number ≥ 0`, `${shown(record.respondents)} 不是 ≥0 的整数`);
    } else if (typeof rawRespondents === 'number') respondents = rawRespondents;
    let satisfaction: number | null = null;
    const rawSatisfaction = numberValue('satisfaction', record.satisfaction);
    if (rawSatisfaction === 'bad' || (typeof rawSatisfaction === 'number' && (rawSatisfaction < 1 || rawSatisfaction > 5))) {
      issues.error('BAD_SATISFACTION', row, 'satisfaction', id, `${shown(record.satisfaction)} is not a score from 1 to 5`, `${shown(record.satisfaction)} 不是 1–5 的评分`);
    } else if (typeof rawSatisfaction === 'number') satisfaction = rawSatisfaction;
    out.push({ row, communityId: id, respondents, needs, willingToPay, satisfaction });
  });
  if (issues.issues.length) return err(issues.issues);
  return ok({ records: out, needItems: needFields.map((field) => field.slice('need_'.length)) });
}

/**
 * Parses elevator_votes.csv rows: counts are whole numbers, takingPart ≤ households, agreed ≤
 * takingPart; the optional areas (takingPartAreaM2, agreedAreaM2) as voteAreas says.
 */
export function parseElevatorVotes(rows: readonly TableRow[], options: ParseOptions = {}): Result<VoteRecord[], TableIssue[]> {
  const fileName = options.fileName ?? DEFAULT_TABLE_FILES.elevatorVotes;
  const columns = columnsOf(rows, options.columns);
  const { records, columnOf } = mapRows('elevatorVotes', rows, columns);
  const issues = new IssueList('elevatorVotes', fileName, columnOf);
  const required: [string, string][] = [['buildingId', '楼栋编号'], ['takingPart', '参与表决户数'], ['agreed', '同意户数']];
  for (const [field, zh] of required) {
    if (!columnOf.has(field)) issues.error('MISSING_COLUMN', null, field, undefined, `no ${field} column (${zh})`, `缺少${zh}列（${field}）`);
  }
  if (issues.issues.length) return err(issues.issues);
  const firstRowOf = new Map<string, number>();
  const out: VoteRecord[] = [];
  records.forEach((record, index) => {
    const row = options.rowNumbers?.[index] ?? lineOf(index);
    const id = idValue(record.buildingId);
    if (id === undefined) {
      issues.error('MISSING_ID', row, 'buildingId', undefined, 'building id is empty', '楼栋编号为空');
      return;
    }
    const unit = idValue(record.unit) ?? null;
    const key = `${String(id)}\u0000${unit === null ? '' : String(unit)}`;
    if (firstRowOf.has(key)) {
      issues.error('DUPLICATE_ROW', row, unit === null ? 'buildingId' : 'unit', id, `building ${id}${unit === null ? '' : ` unit ${unit}`} is voted again (first on row ${firstRowOf.get(key)})`,
        `楼栋 ${id}${unit === null ? '' : ` ${unit} 单元`}重复（首次见第 ${firstRowOf.get(key)} 行）`);
      return;
    }
    firstRowOf.set(key, row);
    const count = (field: string, required: boolean): number | null | 'bad' => {
      const value = numberValue(field, record[field]);
      if (value === undefined) {
        if (!required) return null;
        issues.error('MISSING_VALUE', row, field, id, 'is empty (a whole number ≥ 0 is needed)', '为空（应为 ≥0 的整数）');
        return 'bad';
      }
      if (value === 'bad' || !Number.isInteger(value) || value < 0) {
        issues.error('BAD_COUNT', row, field, id, `${shown(record[field])} is not a whole number ≥ 0`, `${shown(record[field])} 不是 ≥0 的整数`);
        return 'bad';
      }
      return value;
    };
    const households = count('households', false);
    const takingPart = count('takingPart', true);
    const agreed = count('agreed', true);
    if (households === 'bad' || takingPart === 'bad' || agreed === 'bad' || takingPart === null || agreed === null) return;
    if (households !== null && takingPart > households) {
      issues.error('MORE_THAN_HOUSEHOLDS', row, 'takingPart', id, `${takingPart} households taking part is more than the ${households} households`,
        `参与表决 ${takingPart} 户多于总户数 ${households} 户`);
      return;
    }
    if (agreed > takingPart) {
      issues.error('MORE_THAN_TAKING_PART', row, 'agreed', id, `${agreed} agreeing is more than the ${takingPart} taking part`, `同意 ${agreed} 户多于参与表决 ${takingPart} 户`);
      return;
    }
    const areas = voteAreas(record, row, id, issues);
    if (areas === 'bad') return;
    out.push({ row, buildingId: id, unit, households, takingPart, agreed, ...areas });
  });
  if (issues.issues.length) return err(issues.issues);
  return ok(out);
}

/**
 * The optional areas of a vote row (参与表决面积, 同意面积, m²): both or neither, each ≥ 0, the
 * agreeing area no more than the area taking part. {} when the row gives neither (the vote is
 * then judged by head count, its area unknown).
 */
function voteAreas(record: Record<string, unknown>, row: number, id: FeatureId, issues: IssueList): Pick<VoteRecord, 'takingPartAreaM2' | 'agreedAreaM2'> | 'bad' {
  const names: Record<string, [string, string]> = { takingPartAreaM2: ['taking-part area', '参与表决面积'], agreedAreaM2: ['agreeing area', '同意面积'] };
  const value = (field: string): number | null | 'bad' => {
    const given = numberValue(field, record[field]);
    if (given === undefined) return null;
    if (given === 'bad' || given < 0) {
      issues.error('BAD_AREA', row, field, id, `${shown(record[field])} is not an area in m² ≥ 0`, `${shown(record[field])} 不是 ≥0 的面积（㎡）`);
      return 'bad';
    }
    return given;
  };
  const takingPartAreaM2 = value('takingPartAreaM2');
  const agreedAreaM2 = value('agreedAreaM2');
  if (takingPartAreaM2 === 'bad' || agreedAreaM2 === 'bad') return 'bad';
  if (takingPartAreaM2 === null && agreedAreaM2 === null) return {};
  if (takingPartAreaM2 === null || agreedAreaM2 === null) {
    const [missing, given] = takingPartAreaM2 === null ? ['takingPartAreaM2', 'agreedAreaM2'] : ['agreedAreaM2', 'takingPartAreaM2'];
    issues.error('MISSING_VALUE', row, missing, id, `is empty while the ${names[given][0]} is given: give both areas or neither`,
      `为空，而${names[given][1]}已填写：两项面积应同时填写或同时留空`);
    return 'bad';
  }
  if (agreedAreaM2 > takingPartAreaM2) {
    issues.error('MORE_THAN_TAKING_PART_AREA', row, 'agreedAreaM2', id, `${agreedAreaM2} m² agreeing is more than the ${takingPartAreaM2} m² taking part`,
      `同意面积 ${agreedAreaM2} ㎡ 多于参与表决面积 ${takingPartAreaM2} ㎡`);
    return 'bad';
  }
  return { takingPartAreaM2, agreedAreaM2 };
}

/** The first error as one line, with a count of the others (for the CLI's exit-2 message). */
export function firstIssueLine(issues: readonly TableIssue[]): string {
  if (!issues.length) return '';
  const rest = issues.length - 1;
  return `${issues[0].message}${rest > 0 ? ` (and ${rest} more problem${rest > 1 ? 's' : ''})` : ''}`;
}
