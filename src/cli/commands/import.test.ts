/** `import` through main(): files of one layer that share an id are refused and nothing is written. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main';
import { buildXlsx } from '../../io/read/xlsx-fixture.test-support';

const DEMO = join(import.meta.dirname, '../../../data/demo');

afterEach(() => vi.restoreAllMocks());

describe('import (CLI)', () => {
  it('refuses the same ids in two files of one layer, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    copyFileSync(join(DEMO, 'communities.geojson'), join(dir, '小区二.geojson'));
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (errors.push(String(chunk)), true));
    const out = join(dir, 'out');
    expect(await main(['import', join(DEMO, 'communities.geojson'), join(dir, '小区二.geojson'), '--out', out])).toBe(2);
    const lines = errors.join('').trimEnd().split('\n');
    expect(lines[0]).toBe('小区二.geojson: feature #1 (id "C0001"), field id: id "C0001" is already used by feature #1 of communities.geojson; both files are communities, so the ids must differ');
    expect(lines.at(-2)).toBe('… and 20 more ids used in two files');
    expect(lines.at(-1)).toBe(`(nothing written to ${out})`);
    expect(existsSync(out)).toBe(false);
  });

  it('writes all files or none: a folder in the way is exit 2 naming it, and the files before it are not left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const out = join(dir, 'out');
    mkdirSync(join(out, 'roads.geojson'), { recursive: true });
    writeFileSync(join(out, 'communities.geojson'), 'the old file');
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (errors.push(String(chunk)), true));
    const files = ['communities.geojson', 'roads.geojson', 'buildings.geojson'].map((name) => join(DEMO, name));
    expect(await main(['import', ...files, '--out', out])).toBe(2);
    expect(errors).toEqual([`${join(out, 'roads.geojson')}: is a folder; nothing written to ${out}\n`]);
    expect(readdirSync(out).sort()).toEqual(['communities.geojson', 'roads.geojson']);
    expect(readFileSync(join(out, 'communities.geojson'), 'utf8')).toBe('the old file');
  });

  it('an --out that is a file is exit 2, for import and for demo', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'import-cli-')), 'a-file');
    writeFileSync(file, '');
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (errors.push(String(chunk)), true));
    expect(await main(['import', join(DEMO, 'districts.geojson'), '--out', file])).toBe(2);
    expect(await main(['demo', '--out', file, '--communities', '2'])).toBe(2);
    expect(errors).toEqual([
      `import: --out ${file}: is a file, not a folder; give the folder to write the files into\n`,
      `demo: --out ${file}: is a file, not a folder; give the folder to write the files into\n`,
    ]);
  });

  it('imports Excel workbooks: a surveys table is written as surveys.csv, a sheet with 经度/纬度 as a point layer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    writeFileSync(join(dir, '居民意愿.xlsx'), buildXlsx([{ name: 'Sheet1', rows: [['小区编号', '受访户数', '出资意愿'], ['C0001', 120, 0.62]] }]));
    writeFileSync(join(dir, '设施.xlsx'), buildXlsx([{ name: '点位', rows: [['编号', '名称', '类型', '经度', '纬度'], ['F1', '社区食堂', '助餐', 120.15, 30.27]] }]));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = join(dir, 'out');
    expect(await main(['import', join(dir, '居民意愿.xlsx'), join(dir, '设施.xlsx'), '--out', out])).toBe(0);
    expect(readFileSync(join(out, 'surveys.csv'), 'utf8').trim().split(/\r?\n/)).toEqual(['communityId,respondents,willingToPay', 'C0001,120,0.62']);
    const facilities = JSON.parse(readFileSync(join(out, 'facilities.geojson'), 'utf8'));
    expect(facilities.features[0]).toMatchObject({ geometry: { type: 'Point', coordinates: [120.15, 30.27] }, properties: { id: 'F1', type: 'canteen' } });
  });
});
