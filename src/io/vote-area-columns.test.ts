/**
 * The optional area columns of elevator_votes.csv (参与表决面积, 同意面积; DESIGN §2 table plus
 * 民法典 art. 278's area half): their Chinese aliases, with or without the unit a spreadsheet
 * adds, their values in ㎡, the check that the agreeing area is no more than the area taking
 * part, and the Chinese headers an export writes (which read back to the same fields).
 */
import { describe, expect, it } from 'vitest';
import { mapColumns } from './fields';
import { prepareImport } from './import';
import { chineseHeader, csvText } from './write/csv';

const csvFile = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('elevator vote area columns', () => {
  it('map by their Chinese names, bare or with the unit, and by their English ones', () => {
    const columns = ['楼栋编号', '单元', '户数', '参与表决户数', '同意户数', '参与表决面积（㎡）', '同意面积（平方米）'];
    expect(mapColumns(columns, 'elevatorVotes')).toMatchObject({ '参与表决面积（㎡）': 'takingPartAreaM2', '同意面积（平方米）': 'agreedAreaM2' });
    expect(mapColumns(['buildingId', 'takingPart', 'agreed', '参与表决面积', '同意面积'], 'elevatorVotes')).toMatchObject({ 参与表决面积: 'takingPartAreaM2', 同意面积: 'agreedAreaM2' });
    expect(mapColumns(['buildingId', 'takingPart', 'agreed', 'taking_part_area', 'agreed_area'], 'elevatorVotes')).toMatchObject({ taking_part_area: 'takingPartAreaM2', agreed_area: 'agreedAreaM2' });
    // The head-count columns keep their fields beside them.
    expect(mapColumns(columns, 'elevatorVotes')).toMatchObject({ 参与表决户数: 'takingPart', 同意户数: 'agreed' });
  });

  it('import a Chinese-headed votes file with areas in ㎡, and refuse an agreeing area above the area taking part, in both languages', async () => {
    const text = '楼栋编号,单元,户数,参与表决户数,同意户数,参与表决面积(㎡),同意面积(㎡)\nb1,1,12,8,6,800㎡,600 m²\nb2,1,12,8,6,500,600\n';
    const [file] = await prepareImport([csvFile('加梯表决.csv', text)]);
    expect(file.role).toBe('elevatorVotes');
    expect(file.features[0].properties).toMatchObject({ buildingId: 'b1', takingPart: 8, agreed: 6, takingPartAreaM2: 800, agreedAreaM2: 600 });
    const refused = file.report.issues.filter((issue) => issue.severity === 'error');
    expect(refused).toHaveLength(1);
    expect(refused[0].message).toContain('field agreedAreaM2');
    expect(refused[0].message).toContain('agreedAreaM2 is more than takingPartAreaM2');
    expect(refused[0].messageZh).toContain('同意面积多于参与表决面积');
  });

  it('a votes file without area columns imports as before', async () => {
    const [file] = await prepareImport([csvFile('加梯表决.csv', '楼栋编号,单元,户数,参与表决户数,同意户数\nb1,1,12,8,6\n')]);
    expect(file.report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(file.features[0].properties).toEqual({ buildingId: 'b1', unit: '1', households: 12, takingPart: 8, agreed: 6 });
  });

  it('export under 参与表决面积 / 同意面积, which read back to the same fields', () => {
    expect(chineseHeader('elevatorVotes', 'takingPartAreaM2')).toBe('参与表决面积');
    expect(chineseHeader('elevatorVotes', 'agreedAreaM2')).toBe('同意面积');
    const written = csvText([{ buildingId: 'b1', takingPart: 8, agreed: 6, takingPartAreaM2: 800, agreedAreaM2: 600 }], { role: 'elevatorVotes' });
    const header = written.split('\r\n')[0].split(',');
    expect(header).toEqual(['楼栋编号', '参与表决户数', '同意户数', '参与表决面积', '同意面积']);
    expect(Object.values(mapColumns(header, 'elevatorVotes'))).toEqual(['buildingId', 'takingPart', 'agreed', 'takingPartAreaM2', 'agreedAreaM2']);
  });
});
