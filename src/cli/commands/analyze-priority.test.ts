/** The priority command end to end through main(): demo data, Chinese headers, weights, exit 2 naming file, row and field. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main';
import { buildXlsx } from '../../io/read/xlsx-fixture.test-support';

const DEMO = 'data/demo';

/** A data folder with the demo's layers and the given table files. */
function dataDir(tables: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'priority-cli-'));
  for (const file of ['communities.geojson', 'buildings.geojson', 'districts.geojson']) copyFileSync(join(DEMO, file), join(dir, file));
  for (const [name, text] of Object.entries(tables)) writeFileSync(join(dir, name), text);
  return dir;
}

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe('analyze priority (CLI)', () => {
  it('ranks the demo district with both tables and the given weights', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'priority-out-')), 'r.json');
    expect(await main(['analyze', 'priority', '--data', DEMO, '--weights', 'elevators=2,votes=0', '--out', out])).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.params.weights).toMatchObject({ elevators: 2, votes: 0, parking: 1 });
    expect(result.voice).toEqual({ surveys: true, elevatorVotes: true });
    expect(result.communities[0]).toMatchObject({ rank: 1 });
    expect(Object.keys(result.communities[0].criteria)).toEqual(['parking', 'services', 'elevators', 'age', 'needs', 'willingToPay', 'votes']);
    expect(result.residents.buildings.length).toBeGreaterThan(0);
  });

  it('reads Chinese headers and reports rows that match nothing', async () => {
    const stderr = captureStderr();
    const dir = dataDir({
      'surveys.csv': '小区编号,受访户数,加装电梯需求,需求_停车,出资意愿,满意度\nC0001,300,70%,0.4,0.3,\nX999,10,0.5,0.5,0.5,\n',
      'elevator_votes.csv': '楼栋编号,单元,户数,参与表决户数,同意户数\nC0001-B03,1,12,8,6\nNOPE,1,12,8,6\n',
    });
    const out = join(dir, 'r.json');
    expect(await main(['analyze', 'priority', '--data', dir, '--out', out])).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.residents.unmatched.surveys).toEqual([{ row: 3, communityId: 'X999' }]);
    expect(result.residents.unmatched.elevatorVotes).toEqual([{ row: 3, buildingId: 'NOPE' }]);
    const c1 = result.residents.communities.find((c: { id: string }) => c.id === 'C0001');
    expect(c1).toMatchObject({ surveyed: true, respondents: 300, needs: { elevator: 0.7, parking: 0.4 } });
    expect(stderr.join('')).toMatch(/surveys\.csv: row 3, field communityId: community X999 is not in the communities layer/);
  });

  it('runs without the tables (voice criteria 0) ', async () => {
    const dir = dataDir({});
    const out = join(dir, 'r.json');
    expect(await main(['analyze', 'priority', '--data', dir, '--out', out])).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.voice).toEqual({ surveys: false, elevatorVotes: false });
    expect(result.communities.every((c: { criteria: { needs: { contribution: number } } }) => c.criteria.needs.contribution === 0)).toBe(true);
  });

  it('exits 2 with one line naming file, row and field', async () => {
    const stderr = captureStderr();
    const badShare = dataDir({ 'surveys.csv': '小区编号,加装电梯需求\nC0001,1.4\n' });
    expect(await main(['analyze', 'priority', '--data', badShare])).toBe(2);
    expect(stderr.at(-1)).toMatch(/surveys\.csv: row 2 \(community C0001\), field need_elevator \(加装电梯需求\): "1\.4" is not a share between 0 and 1/);
    const badVote = dataDir({ 'elevator_votes.csv': '楼栋编号,单元,户数,参与表决户数,同意户数\nb1,1,12,10,11\n' });
    expect(await main(['analyze', 'priority', '--data', badVote])).toBe(2);
    expect(stderr.at(-1)).toMatch(/elevator_votes\.csv: row 2 \(building b1\), field agreed \(同意户数\): 11 agreeing is more than the 10 taking part/);
    expect(await main(['analyze', 'priority', '--data', DEMO, '--weights', 'speed=1'])).toBe(2);
    expect(stderr.at(-1)).toMatch(/unknown criterion "speed"/);
    expect(await main(['analyze', 'priority', '--data', mkdtempSync(join(tmpdir(), 'empty-'))])).toBe(2);
    expect(stderr.at(-1)).toMatch(/communities\.geojson: missing/);
    expect(await main(['analyze', 'priority'])).toBe(2);
  });

  it('reads the tables from Excel workbooks (surveys.xlsx, elevator_votes.xlsx) as from the same CSV', async () => {
    captureStderr();
    const surveys = [['小区编号', '受访户数', '加装电梯需求', '需求_停车', '出资意愿', '满意度'], ['C0001', 300, 0.7, 0.4, 0.3, null], ['X999', 10, 0.5, 0.5, 0.5, null]];
    const votes = [['楼栋编号', '单元', '户数', '参与表决户数', '同意户数'], ['C0001-B03', 1, 12, 8, 6], ['NOPE', 1, 12, 8, 6]];
    const csv = (rows: (string | number | null)[][]) => rows.map((row) => row.map((v) => v ?? '').join(',')).join('\n');
    const run = async (tables: Record<string, string | Uint8Array>) => {
      const dir = dataDir(tables);
      expect(await main(['analyze', 'priority', '--data', dir, '--out', join(dir, 'r.json')])).toBe(0);
      return JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    };
    const fromXlsx = await run({ 'surveys.xlsx': buildXlsx([{ name: '调查', rows: surveys }]), 'elevator_votes.xlsx': buildXlsx([{ name: '表决', rows: votes }]) });
    const fromCsv = await run({ 'surveys.csv': csv(surveys), 'elevator_votes.csv': csv(votes) });
    expect(fromXlsx.voice).toEqual({ surveys: true, elevatorVotes: true });
    expect(fromXlsx.communities).toEqual(fromCsv.communities);
    expect(fromXlsx.residents.unmatched).toEqual(fromCsv.residents.unmatched);
  });

  it('exits 2 naming the workbook, its sheet, the row and the field', async () => {
    const stderr = captureStderr();
    const rows = [['加装电梯需求汇总表', null], ['小区编号', '加装电梯需求'], ['C0001', 0.5], ['C0002', 1.4]];
    const dir = dataDir({ 'surveys.xlsx': buildXlsx([{ name: '意愿', rows, merges: ['A1:B1'] }]) });
    expect(await main(['analyze', 'priority', '--data', dir])).toBe(2);
    expect(stderr.at(-1)).toMatch(/surveys\.xlsx, sheet "意愿": row 4 \(community C0002\), field need_elevator \(加装电梯需求\): "1\.4" is not a share between 0 and 1/);
    const notXlsx = dataDir({ 'surveys.xlsx': '小区编号,加装电梯需求\nC0001,0.5\n' });
    expect(await main(['analyze', 'priority', '--data', notXlsx])).toBe(2);
    expect(stderr.at(-1)).toMatch(/surveys\.xlsx: not an Excel workbook \(\.xlsx\)/);
  });
});
