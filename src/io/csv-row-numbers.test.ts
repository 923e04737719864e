/**
 * A CSV row has one number in every message: its line in the file (the header is line 1), as
 * the CSV reader (a bad WKT), the residents' tables (analyze priority) and a spreadsheet name
 * it. The validation report called the same row "row #2" / "feature #2", one less.
 */
import { describe, expect, it } from 'vitest';
import { prepareImport } from './import';
import { residentTablesFromCsv } from '../analysis/residents/from-csv';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('CSV rows are named by their line in every message', () => {
  it('a facilities CSV: the reader and the validation name line 3 alike', async () => {
    const text = 'id,type,wkt\nf1,clinic,POINT(120.1 30.2)\nf2,bogus,not wkt\nf2,clinic,POINT(120.2 30.3)\n';
    const [prepared] = await prepareImport([file('fac.csv', text)], { roles: { 'fac.csv': 'facilities' } });
    const messages = prepared.report.issues.map((issue) => issue.message);
    expect(messages).toContain('fac.csv: row 3, field wkt: "not wkt" is not WKT');
    expect(messages).toContainEqual(expect.stringMatching(/^fac\.csv: row 3 \(id "f2"\), field type: value "bogus" is not valid/));
    expect(messages).toContain('fac.csv: row 4 (id "f2"), field id: id "f2" is already used by row 3');
    expect(prepared.report.issues.find((issue) => issue.code === 'DUPLICATE_ID')?.messageZh).toContain('第 4 行（编号 "f2"），字段 编号（id）：编号 "f2" 与第 3 行重复');
  });

  it('surveys.csv: validate and analyze priority name the same row', async () => {
    const text = 'communityId,respondents,need_elevator\nC1,100,0.6\nC2,50,1.2\n';
    const [prepared] = await prepareImport([file('surveys.csv', text)]);
    expect(prepared.report.issues.map((issue) => issue.message)).toEqual(['surveys.csv: row 3, field need_elevator: value 1.2 is not valid; expected 1 or less']);
    expect(prepared.report.issues[0].messageZh).toMatch(/^surveys\.csv：第 3 行/);
    const read = await residentTablesFromCsv({ surveys: text });
    expect(!read.ok && read.error.message).toMatch(/^surveys\.csv: row 3 /);
  });

  it('a GeoJSON keeps "feature #N"', async () => {
    const collection = { type: 'FeatureCollection', features: [0, 1].map(() => ({ type: 'Feature', properties: { id: 'a', type: 'clinic' }, geometry: { type: 'Point', coordinates: [120.1, 30.2] } })) };
    const [prepared] = await prepareImport([file('facilities.geojson', JSON.stringify(collection))]);
    expect(prepared.report.issues.map((issue) => issue.message)).toEqual(['facilities.geojson: feature #2 (id "a"), field id: id "a" is already used by feature #1']);
  });
});
