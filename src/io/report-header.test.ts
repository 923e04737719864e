/** The report header names a layer only once one was decided (given with --role, or told from the file). */
import { describe, expect, it } from 'vitest';
import { formatReport, prepareImport } from './import';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('formatReport header', () => {
  it('shows no layer for a file that could not be read', async () => {
    const [file] = await prepareImport([{ name: 'badzip.zip', bytes: bytes('not a zip') }]);
    expect(file.report.role).toBeUndefined();
    expect(formatReport(file.report).split('\n')[0]).toBe('badzip.zip: 0 features, 1 errors, 0 warnings');
    expect(formatReport(file.report, 'zh').split('\n')[0]).toBe('badzip.zip：0 个要素，1 个错误，0 个警告');
  });

  it('shows no layer for a file whose layer cannot be told', async () => {
    const polygon = { type: 'Polygon', coordinates: [[[120.15, 30.27], [120.16, 30.27], [120.16, 30.28], [120.15, 30.27]]] };
    const [file] = await prepareImport([{ name: 'x.geojson', bytes: bytes(JSON.stringify({ type: 'Feature', properties: {}, geometry: polygon })) }]);
    expect(file.report.issues[0].code).toBe('UNKNOWN_ROLE');
    expect(formatReport(file.report).split('\n')[0]).toBe('x.geojson: 0 features, 1 errors, 0 warnings');
  });

  it('shows the layer given with --role even when the file could not be read', async () => {
    const [file] = await prepareImport([{ name: 'badzip.zip', bytes: bytes('not a zip') }], { roles: { 'badzip.zip': 'roads' } });
    expect(formatReport(file.report).split('\n')[0]).toBe('badzip.zip (roads): 0 features, 1 errors, 0 warnings');
  });

  it('counts a table\'s rows as rows (it said "3 features" of surveys.csv, whose messages say "row 3")', async () => {
    const [file] = await prepareImport([{ name: 'surveys.csv', bytes: bytes('communityId,respondents\nC1,10\nC2,20\nC3,30\n') }]);
    expect(formatReport(file.report).split('\n')[0]).toBe('surveys.csv (surveys): 3 rows, 0 errors, 0 warnings');
    expect(formatReport(file.report, 'zh').split('\n')[0]).toBe('surveys.csv（surveys）：3 行，0 个错误，0 个警告');
  });
});
