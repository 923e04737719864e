/**
 * The CLI `validate` and `import` commands end to end, the 200 MB limit, and the real-world
 * corpora in ../shared/realdata (skipped with a message when that folder is absent).
 */
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareImport } from './import';
import { readFile } from './read';
import { runCli } from '../cli/run-cli.test-support';

const FIXTURES = join(__dirname, '../../test/fixtures/bad-input');
const REALDATA = join(__dirname, '../../../shared/realdata');
const temp = mkdtempSync(join(tmpdir(), 'atlas-io-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const run = runCli;

describe('atlas validate / import', () => {
  it('validate exits 2 with one line naming file, feature and field', async () => {
    const { code, stderr, stdout } = await run('validate', join(FIXTURES, 'households-text-communities.geojson'));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('households-text-communities.geojson: feature #1 (id "t1"), field households');
    expect(stdout).toContain('1 errors');
  });
  it('validate exits 0 on good files', async () => {
    expect((await run('validate', join(FIXTURES, '小区-gbk-cpg.zip'))).code).toBe(0);
  });
  it('refuses a 200 MB file before reading it (a sparse file, so the test is fast)', async () => {
    const path = join(temp, 'huge-communities.geojson');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"type":"FeatureCollection","features":[');
    ftruncateSync(fd, 201 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const { code, stderr } = await run('validate', path);
    expect(code).toBe(2);
    expect(stderr).toContain('huge-communities.geojson: the file is 201 MB, over the 200 MB limit');
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('readFile refuses oversize bytes without parsing them', async () => {
    const result = await readFile({ name: 'x.geojson', bytes: new Uint8Array(2048) }, { maxBytes: 1024 });
    expect(!result.ok && result.error[0].code).toBe('FILE_TOO_LARGE');
  });
  it('import writes layer files and tables, roles from --role', async () => {
    const out = join(temp, 'imported');
    const { code } = await run('import', join(FIXTURES, '小区-gbk-nocpg.zip'), join(FIXTURES, 'surveys-gbk.csv'), join(FIXTURES, 'nan-longitude-facilities.csv'), '--out', out, '--role', 'nan-longitude-facilities.csv=facilities');
    // the facilities CSV has a NaN row, so nothing may be written
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const ok = await run('import', join(FIXTURES, '小区-gbk-nocpg.zip'), join(FIXTURES, 'surveys-gbk.csv'), '--out', out);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('communities.geojson (2 features)');
    expect(readdirSync(out).sort()).toEqual(['communities.geojson', 'surveys.csv']);
    const written = JSON.parse(readFileSync(join(out, 'communities.geojson'), 'utf8'));
    expect(written.features[0].properties).toEqual({ id: 'a1', name: '流水西苑', households: 120, builtYear: 1990 });
    expect(readFileSync(join(out, 'surveys.csv'), 'utf8')).toBe('communityId,respondents,satisfaction,willingToPay\r\nc1,100,4,0.35\r\n');
  });
  it('import without .prj is refused until --crs is given', async () => {
    const out = join(temp, 'noprj');
    const refused = await run('import', join(FIXTURES, 'no-prj-communities.zip'), '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('no .prj');
    expect((await run('import', join(FIXTURES, 'no-prj-communities.zip'), '--out', out, '--crs', 'EPSG:4549')).code).toBe(0);
  });
  it('a bad --role is a usage error', async () => {
    const { code, stderr } = await run('validate', join(FIXTURES, 'empty.csv'), '--role', 'empty.csv=parks');
    expect(code).toBe(2);
    expect(stderr).toContain('--role empty.csv=parks');
  });
});

const hasRealdata = existsSync(REALDATA);
if (!hasRealdata) console.warn(`skipping real-data import tests: ${REALDATA} is absent`);

describe.skipIf(!hasRealdata)('real data (../shared/realdata)', () => {
  const importDir = join(REALDATA, 'import');
  const source = () => JSON.parse(readFileSync(join(importDir, 'source-communities.geojson'), 'utf8')) as { features: { geometry: { coordinates: number[][][] }; properties: Record<string, unknown> }[] };
  it.each(['communities-4549-gbk.zip', 'communities-4528-gbk.zip', 'communities-4549-gbk-nocpg.zip'])('%s imports as the source communities', async (file) => {
    const [prepared] = await prepareImport([{ name: file, bytes: new Uint8Array(readFileSync(join(importDir, file))) }]);
    expect(prepared.role).toBe('communities');
    expect(prepared.report.errors).toBe(0);
    const expected = source().features;
    expect(prepared.features).toHaveLength(expected.length);
    prepared.features.forEach((feature, i) => {
      const p = expected[i].properties;
      // "・" has no GBK code, so the GBK .dbf holds the name without it
      expect(feature.properties).toMatchObject({ id: p['编号'], name: String(p['小区名称']).replace(/・/g, ''), households: p['户数'], builtYear: Number(String(p['建成年代']).slice(0, 4)) });
      const a = (feature.geometry as { coordinates: number[][][] }).coordinates[0];
      const b = expected[i].geometry.coordinates[0];
      const firstA = a.map((q) => `${q[0].toFixed(5)},${q[1].toFixed(5)}`).sort();
      const firstB = b.map((q) => `${q[0].toFixed(5)},${q[1].toFixed(5)}`).sort();
      expect(firstA).toEqual(firstB);
    });
  });
  it('communities-4549-noprj.zip is refused with a proposed zone', async () => {
    const [prepared] = await prepareImport([{ name: 'n.zip', bytes: new Uint8Array(readFileSync(join(importDir, 'communities-4549-noprj.zip'))) }]);
    expect(prepared.report.issues[0]).toMatchObject({ code: 'NO_PRJ' });
    expect(prepared.report.issues[0].message).toContain('EPSG:4549');
  });
  const corpus = (folder: string, pick: (name: string) => boolean) =>
    existsSync(join(REALDATA, folder)) ? readdirSync(join(REALDATA, folder)).filter(pick).map((name) => [name, join(REALDATA, folder, name)]) : [];
  it.each(corpus('badinput/geojsonhint/test/data/bad', (n) => n.endsWith('.geojson')))('geojsonhint bad %s never throws and says something', async (name, path) => {
    const prepared = await prepareImport([{ name: `communities-${name}`, bytes: new Uint8Array(readFileSync(path)) }]);
    const issues = prepared.flatMap((p) => p.report.issues);
    for (const issue of issues) expect(issue.message.startsWith(`communities-${name}`)).toBe(true);
    // the lenient ones (precision, winding, one-item collection, …) may pass; the rest must say why
    expect(Array.isArray(issues)).toBe(true);
  });
  it('most geojsonhint bad files get an error or warning', async () => {
    const files = corpus('badinput/geojsonhint/test/data/bad', (n) => n.endsWith('.geojson'));
    let flagged = 0;
    for (const [name, path] of files) {
      const prepared = await prepareImport([{ name: `idle-${name}`, bytes: new Uint8Array(readFileSync(path)) }], { roles: { [`idle-${name}`]: 'idleLand' } });
      if (prepared.some((p) => p.report.issues.length > 0)) flagged++;
    }
    expect(flagged).toBeGreaterThanOrEqual(files.length - 4);
  });
  it.each(corpus('badinput/shpjs/test/data', (n) => n.endsWith('.zip')))('shpjs %s never throws', async (name, path) => {
    const prepared = await prepareImport([{ name, bytes: new Uint8Array(readFileSync(path)) }], { roles: {} });
    for (const p of prepared) for (const issue of p.report.issues) expect(issue.message.length).toBeGreaterThan(0);
  });
  it.each(corpus('badinput/shapefile_mbostock/test', (n) => n.endsWith('.shp')))('mbostock %s never throws', async (name, path) => {
    const base = path.slice(0, -4);
    const files = ['shp', 'dbf', 'prj', 'cpg', 'shx'].filter((ext) => existsSync(`${base}.${ext}`)).map((ext) => ({ name: `${name.slice(0, -4)}.${ext}`, bytes: new Uint8Array(readFileSync(`${base}.${ext}`)) }));
    const prepared = await prepareImport(files);
    expect(prepared.length).toBeGreaterThan(0);
  });
  it('real invalid Hangzhou polygons are reported, not thrown', async () => {
    const prepared = await prepareImport([{ name: 'idle.geojson', bytes: new Uint8Array(readFileSync(join(REALDATA, 'badinput/real_world_hangzhou_turf_invalid_3.geojson'))) }], { roles: { 'idle.geojson': 'idleLand' } });
    expect(prepared[0].report.issues.length).toBeGreaterThan(0);
  });
});
