/**
 * Reading a data folder's layer files: the importer's decoding and validation run on every
 * file `analyze` loads, and what stops a file from being read is said as such.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliInputError } from './args';
import { loadDataDir, MAX_LISTED, readLayerText, writeJson } from './data-dir';
import { main } from './main';

const DEMO = join(import.meta.dirname, '../../data/demo');

/** What node's readFileSync throws when the text would pass V8's longest string. */
function tooLong(): never {
  throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
}

/** A copy of the demo folder with communities.geojson changed by `edit`. */
function demoWith(edit: (communities: { features: { id?: unknown; geometry: unknown; properties: Record<string, unknown> }[] }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-dir-'));
  cpSync(DEMO, dir, { recursive: true });
  const path = join(dir, 'communities.geojson');
  const communities = JSON.parse(readFileSync(path, 'utf8'));
  edit(communities);
  writeFileSync(path, JSON.stringify(communities));
  return dir;
}

function loadError(dir: string): string {
  try {
    loadDataDir(dir, () => undefined);
  } catch (error) {
    expect(error).toBeInstanceOf(CliInputError);
    return (error as Error).message;
  }
  throw new Error('loadDataDir accepted the folder');
}

afterEach(() => vi.restoreAllMocks());

describe('readLayerText', () => {
  it('names the file and says it is too large, not malformed', () => {
    const read = () => readLayerText('/data/buildings.geojson', tooLong);
    expect(read).toThrow(CliInputError);
    expect(read).toThrow('/data/buildings.geojson: too large to read (more than 511 MB of text); clip it to the study area or drop unused properties');
  });

  it('names the file for any other read error too, and gives the text when it reads', () => {
    const denied = () => readLayerText('/data/roads.geojson', () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    expect(denied).toThrow(CliInputError);
    expect(denied).toThrow('/data/roads.geojson: cannot be read (EACCES: permission denied)');
    expect(readLayerText('/data/roads.geojson', () => new TextEncoder().encode('{"type":"FeatureCollection","features":[]}')).text).toContain('FeatureCollection');
  });

  it('decodes as the importer does: a UTF-8 BOM is dropped, GBK text is read as GBK', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"name":"橘池北苑"}')]);
    expect(JSON.parse(readLayerText('/d/c.geojson', () => bom).text)).toEqual({ name: '橘池北苑' });
    // 橘池北苑 in GBK: not valid UTF-8, so it must not come out as replacement characters.
    const gbk = Uint8Array.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0xd9, 0xb3, 0xd8, 0xb1, 0xb1, 0xd4, 0xb7, 0x22, 0x7d]);
    expect(readLayerText('/d/c.geojson', () => gbk)).toEqual({ text: '{"n":"橘池北苑"}', encoding: 'gbk' });
  });
});

describe('loadDataDir validates every layer file', () => {
  it('loads the demo with no warnings', () => {
    const warnings: string[] = [];
    const layers = loadDataDir(DEMO, (line) => warnings.push(line));
    expect(layers.communities?.features).toHaveLength(40);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['households "abc"', (c: Parameters<Parameters<typeof demoWith>[0]>[0]) => { c.features[3].properties.households = 'abc'; }, /communities\.geojson: feature #4 \(id "C0004"\), field households: /],
    ['a feature without id', (c: Parameters<Parameters<typeof demoWith>[0]>[0]) => { delete c.features[2].properties.id; delete c.features[2].id; }, /communities\.geojson: feature #3, field id: no id/],
    ['a duplicate id', (c: Parameters<Parameters<typeof demoWith>[0]>[0]) => { c.features[1].properties.id = c.features[0].properties.id; }, /feature #2 \(id "C0001"\), field id: id "C0001" is already used by feature #1/],
    ['null geometry', (c: Parameters<Parameters<typeof demoWith>[0]>[0]) => { c.features[0].geometry = null; }, /feature #1 \(id "C0001"\).*no geometry/],
    ['an empty layer', (c: Parameters<Parameters<typeof demoWith>[0]>[0]) => { c.features = []; }, /communities\.geojson: the file holds no features/],
  ])('refuses %s naming file, feature and field', (_what, edit, expected) => {
    expect(loadError(demoWith(edit))).toMatch(expected);
  });

  it('refuses projected metres with the guess the importer makes', () => {
    const dir = demoWith((c) => {
      for (const f of c.features) (f.geometry as { coordinates: number[][][] }).coordinates = [[[500000, 3300000], [500100, 3300000], [500100, 3300100], [500000, 3300000]]];
    });
    expect(loadError(dir)).toMatch(/communities\.geojson: coordinates .* are projected metres.*EPSG:4549/);
  });

  it('lists at most MAX_LISTED errors, one a line, and says how many more', () => {
    const message = loadError(demoWith((c) => { for (const f of c.features) f.properties.households = 'x'; }));
    const lines = message.split('\n');
    expect(lines).toHaveLength(MAX_LISTED + 1);
    expect(lines[MAX_LISTED]).toMatch(`… and ${40 - MAX_LISTED} more errors`);
  });

  it('refuses a file given as --data, and a folder that does not exist', () => {
    expect(loadError(join(DEMO, 'communities.geojson'))).toMatch(/communities\.geojson: not a folder/);
    expect(loadError(join(DEMO, 'nothing-here'))).toMatch(/no such data folder/);
  });

  it('prints warnings and still loads', () => {
    const warnings: string[] = [];
    const dir = demoWith((c) => { delete c.features[0].properties.households; });
    loadDataDir(dir, (line) => warnings.push(line));
    expect(warnings).toEqual([expect.stringMatching(/^warning: .*communities\.geojson: feature #1 \(id "C0001"\), field households: no households/)]);
  });

  it('analyze summary exits 2 on bad data instead of adding strings', async () => {
    const dir = demoWith((c) => { c.features[3].properties.households = 'abc'; });
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { errors.push(String(chunk)); return true; });
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['analyze', 'summary', '--data', dir])).toBe(2);
    expect(out).not.toHaveBeenCalled();
    expect(errors.join('')).toMatch(/households/);
  });
});

describe('writeJson', () => {
  it('refuses --out naming a folder, or ending in a slash, with one line and no .partial', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-json-'));
    mkdirSync(join(dir, 'outdir'));
    await expect(writeJson({ a: 1 }, join(dir, 'outdir'))).rejects.toThrow(CliInputError);
    await expect(writeJson({ a: 1 }, join(dir, 'outdir'))).rejects.toThrow(/outdir: is a folder; give the file to write, e\.g\. --out .*outdir\/result\.json/);
    await expect(writeJson({ a: 1 }, `${join(dir, 'nd')}/`)).rejects.toThrow(/nd\/: is a folder/);
    expect(readdirSync(dir)).toEqual(['outdir']);
  });

  it('says a file that cannot be written as bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-json-'));
    writeFileSync(join(dir, 'file'), '');
    await expect(writeJson({ a: 1 }, join(dir, 'file', 'r.json'))).rejects.toThrow(/--out .*file\/r\.json: cannot be written/);
  });

  it('ends quietly when the reader of stdout has gone (EPIPE)', async () => {
    const closed = new Writable({ write(_chunk, _encoding, done) { done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })); } });
    closed.on('error', () => undefined);
    await expect(writeJson({ rows: Array.from({ length: 100 }, (_, i) => i) }, undefined, closed)).resolves.toBeUndefined();
  });
});

describe('a layer file in projected metres', () => {
  it('is refused with the way to convert it (analyze takes no --crs; it said "give the file\'s CRS (--crs …)")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-dir-'));
    cpSync(join(import.meta.dirname, '../../test/fixtures/bad-input/projected-4549-communities.geojson'), join(dir, 'communities.geojson'));
    const message = loadError(dir);
    const path = join(dir, 'communities.geojson');
    expect(message).toMatch(new RegExp(`^${path}: coordinates \\(.*\\) are projected metres, not longitude/latitude; `));
    expect(message).toContain(`analyze reads WGS84 layer files: convert it first with npm run atlas -- import ${path} --crs EPSG:4549 --out DIR`);
    expect(message).not.toContain('import dialog');
  });
});
