/** Reading the two tables from rows of text as the io CSV reader gives them: aliases, conversion, validation messages. */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../io/read/csv';
import { firstIssueLine, parseElevatorVotes, parseSurveys } from './parse';

const csvRows = async (name: string, text: string) => {
  const read = await readCsv({ name, bytes: new TextEncoder().encode(text) });
  if (!read.ok) throw new Error(read.error[0].message);
  return { rows: read.value.features.map((f) => f.properties), columns: read.value.columns };
};

describe('parseSurveys', () => {
  it('maps Chinese headers (io aliases and this module’s extras) and converts percentages', async () => {
    const { rows, columns } = await csvRows('问卷.csv', '小区编号,受访户数,加装电梯需求,需求_停车,need_roof,出资意愿,满意度\nC1,120,62%,0.4,0.1,35%,4.5\n7,30,0.2,,,0.5,\n');
    const parsed = parseSurveys(rows, { columns });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.needItems).toEqual(['elevator', 'parking', 'roof']);
    expect(parsed.value.records[0]).toEqual({
      row: 2, communityId: 'C1', respondents: 120, needs: { elevator: 0.62, parking: 0.4, roof: 0.1 }, willingToPay: 0.35, satisfaction: 4.5,
    });
    // An empty cell is unknown, not 0: the need is left out, satisfaction is null.
    expect(parsed.value.records[1]).toMatchObject({ row: 3, communityId: '7', needs: { elevator: 0.2 }, satisfaction: null });
  });

  it('names the table, the row and the field of every bad value', () => {
    const parsed = parseSurveys([
      { 小区编号: 'C1', 加装电梯需求: '1.4', 满意度: '4' },
      { 小区编号: 'C2', 出资意愿: '-0.1', 满意度: '6' },
      { 小区编号: '', 满意度: '3' },
      { 小区编号: 'C1', 满意度: '3' },
      { 小区编号: 'C3', 受访户数: '12.5' },
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const lines = parsed.error.map((issue) => issue.message);
    expect(lines).toEqual([
      'surveys.csv: row 2 (community C1), field need_elevator (加装电梯需求): "1.4" is not a share between 0 and 1',
      'surveys.csv: row 3 (community C2), field willingToPay (出资意愿): "-0.1" is not a share between 0 and 1',
      'surveys.csv: row 3 (community C2), field satisfaction (满意度): "6" is not a score from 1 to 5',
      'surveys.csv: row 4, field communityId (小区编号): community id is empty',
      'surveys.csv: row 5 (community C1), field communityId (小区编号): community C1 is surveyed again (first on row 2); keep one row per community',
      'surveys.csv: row 6 (community C3), field respondents (受访户数): "12.5" is not a whole number ≥ 0',
    ]);
    expect(parsed.error[0]).toMatchObject({ table: 'surveys', row: 2, field: 'need_elevator', id: 'C1', severity: 'error' });
    expect(parsed.error[0].messageZh).toContain('第 2 行');
    expect(firstIssueLine(parsed.error)).toMatch(/^surveys\.csv: row 2 .* \(and 5 more problems\)$/);
  });

  it('refuses a table without a community id column', () => {
    const parsed = parseSurveys([{ 名称: 'x', 满意度: '4' }], { fileName: 'data/surveys.csv' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error[0]).toMatchObject({ code: 'MISSING_COLUMN', row: null, field: 'communityId' });
  });
});

describe('parseElevatorVotes', () => {
  it('reads the Chinese headers of a vote sheet, households optional', async () => {
    const { rows, columns } = await csvRows('表决.csv', '楼栋编号,单元,户数,参与表决户数,同意户数\nB1,1,12户,10,8\nB2,,,6,5\n');
    const parsed = parseElevatorVotes(rows, { columns });
    expect(parsed).toEqual({ ok: true, value: [
      { row: 2, buildingId: 'B1', unit: '1', households: 12, takingPart: 10, agreed: 8 },
      { row: 3, buildingId: 'B2', unit: null, households: null, takingPart: 6, agreed: 5 },
    ] });
  });

  it('checks takingPart ≤ households, agreed ≤ takingPart, whole counts and duplicates', () => {
    const parsed = parseElevatorVotes([
      { buildingId: 'B1', unit: '1', households: '12', takingPart: '13', agreed: '1' },
      { buildingId: 'B1', unit: '2', households: '12', takingPart: '10', agreed: '11' },
      { buildingId: 'B1', unit: '2', households: '12', takingPart: '10', agreed: '9' },
      { buildingId: 'B2', unit: '', households: '12', takingPart: '9.5', agreed: '1' },
      { buildingId: 'B3', households: '12', takingPart: '', agreed: '1' },
    ], { fileName: 'elevator_votes.csv' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((i) => [i.row, i.field, i.code])).toEqual([
      [2, 'takingPart', 'MORE_THAN_HOUSEHOLDS'],
      [3, 'agreed', 'MORE_THAN_TAKING_PART'],
      [4, 'unit', 'DUPLICATE_ROW'],
      [5, 'takingPart', 'BAD_COUNT'],
      [6, 'takingPart', 'MISSING_VALUE'],
    ]);
    expect(parsed.error[1].message).toBe('elevator_votes.csv: row 3 (building B1), field agreed: 11 agreeing is more than the 10 taking part');
  });

  it('reads the optional area columns, both or neither, in ㎡; a row without them has no area', async () => {
    const { rows, columns } = await csvRows('表决.csv', '楼栋编号,单元,户数,参与表决户数,同意户数,参与表决面积（㎡）,同意面积（㎡）\nB1,1,12,8,6,"1,050.5",820㎡\nB1,2,12,8,6,,\n');
    expect(parseElevatorVotes(rows, { columns })).toEqual({ ok: true, value: [
      { row: 2, buildingId: 'B1', unit: '1', households: 12, takingPart: 8, agreed: 6, takingPartAreaM2: 1050.5, agreedAreaM2: 820 },
      { row: 3, buildingId: 'B1', unit: '2', households: 12, takingPart: 8, agreed: 6 },
    ] });
  });

  it('checks the areas: a number ≥ 0, both given, the agreeing area no more than the area taking part', () => {
    const parsed = parseElevatorVotes([
      { buildingId: 'B1', unit: '1', takingPart: '8', agreed: '6', takingPartAreaM2: '-5', agreedAreaM2: '0' },
      { buildingId: 'B1', unit: '2', takingPart: '8', agreed: '6', takingPartAreaM2: '许多', agreedAreaM2: '10' },
      { buildingId: 'B1', unit: '3', takingPart: '8', agreed: '6', takingPartAreaM2: '', agreedAreaM2: '300' },
      { buildingId: 'B1', unit: '4', takingPart: '8', agreed: '6', takingPartAreaM2: '500', agreedAreaM2: '500.1' },
    ], { fileName: 'elevator_votes.csv' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((i) => [i.row, i.field, i.code])).toEqual([
      [2, 'takingPartAreaM2', 'BAD_AREA'],
      [3, 'takingPartAreaM2', 'BAD_AREA'],
      [4, 'takingPartAreaM2', 'MISSING_VALUE'],
      [5, 'agreedAreaM2', 'MORE_THAN_TAKING_PART_AREA'],
    ]);
    expect(parsed.error[2].message).toBe('elevator_votes.csv: row 4 (building B1), field takingPartAreaM2: is empty while the agreeing area is given: give both areas or neither');
    expect(parsed.error[2].messageZh).toBe('elevator_votes.csv：第 4 行（B1）字段 takingPartAreaM2：为空，而同意面积已填写：两项面积应同时填写或同时留空');
    expect(parsed.error[3].messageZh).toBe('elevator_votes.csv：第 5 行（B1）字段 agreedAreaM2：同意面积 500.1 ㎡ 多于参与表决面积 500 ㎡');
  });

  it('refuses a sheet without the count columns', () => {
    const parsed = parseElevatorVotes([{ 楼栋编号: 'B1', 户数: '12' }]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((i) => i.field)).toEqual(['takingPart', 'agreed']);
  });
});
