/**
 * Every bad input in test/fixtures/bad-input (made by generate.ts there) with the code and the
 * words its message must carry. The importer must never throw on any of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareImport, type PrepareOptions } from './import';

const FIXTURES = join(__dirname, '../../test/fixtures/bad-input');
const load = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });

type Case = [file: string, code: string, words: (string | RegExp)[], options?: PrepareOptions];

const CASES: Case[] = [
  ['malformed-trailing-comma.geojson', 'MALFORMED_JSON', ['malformed JSON at line 4, column 1']],
  ['malformed-truncated.geojson', 'MALFORMED_JSON', ['malformed JSON at line 1']],
  ['not-geojson-array.geojson', 'NOT_GEOJSON', ['found an array']],
  ['not-geojson-type.geojson', 'NOT_GEOJSON', ['"Topology"']],
  ['features-not-array.geojson', 'NOT_GEOJSON', ['"features" is not an array']],
  ['empty-collection-communities.geojson', 'EMPTY_LAYER', ['holds no features']],
  ['unclosed-ring-communities.geojson', 'UNCLOSED_RING', ['feature #1 (id "u1")', 'outer ring is not closed']],
  ['short-ring-communities.geojson', 'RING_TOO_SHORT', ['feature #1', 'at least 3']],
  ['bowtie-communities.geojson', 'SELF_INTERSECTION', ['(id "b1")', 'intersects itself near [120.155000, 30.275000]']],
  ['hole-crossing-communities.geojson', 'SELF_INTERSECTION', ['(id "h1")']],
  ['string-coordinate-communities.geojson', 'BAD_COORDINATES', ['(id "n1")', 'not [longitude, latitude]']],
  ['null-coordinate-facilities.geojson', 'BAD_COORDINATES', ['(id "f1")']],
  ['latitude-out-of-range-facilities.geojson', 'OUT_OF_RANGE', ['feature #4 (id "f-bad")', '[120.15, 95.5]']],
  ['longitude-out-of-range-facilities.geojson', 'OUT_OF_RANGE', ['(id "f-bad")', '[200.5, 30.27]']],
  ['projected-4549-communities.geojson', 'PROJECTED_COORDINATES', ['projected metres', 'Likely EPSG:4549']],
  ['projected-4528-communities.geojson', 'PROJECTED_COORDINATES', ['Likely EPSG:4528', 'zone 40']],
  ['projected-3857-communities.geojson', 'PROJECTED_COORDINATES', ['Likely EPSG:3857']],
  ['设施-polygons.geojson', 'WRONG_GEOMETRY_TYPE', ['(id "p1")', 'geometry is Polygon; the facilities layer takes Point']],
  ['missing-id-communities.geojson', 'MISSING_ID', ['feature #1, field id', 'no id']],
  ['duplicate-ids-communities.geojson', 'DUPLICATE_ID', ['feature #2 (id "dup"), field id', 'already used by feature #1']],
  ['households-text-communities.geojson', 'FIELD_INVALID', ['(id "t1"), field households', 'value "很多"']],
  ['households-negative-communities.geojson', 'FIELD_INVALID', ['field households', 'value -5']],
  ['elderly-share-over-one-communities.geojson', 'FIELD_INVALID', ['field elderlyShare', 'value 1.6']],
  ['unknown-kind-idle_land.geojson', 'FIELD_INVALID', ['(id "i1"), field kind', 'value "停车场"']],
  ['missing-households-communities.geojson', 'MISSING_HOUSEHOLDS', ['(id "m1"), field households', 'parking']],
  ['null-geometry-communities.geojson', 'EMPTY_GEOMETRY', ['(id "g0")', 'no geometry']],
  ['bad-geometry-type-communities.geojson', 'BAD_GEOMETRY_TYPE', ['(id "g1")', '"Polygonn"']],
  ['properties-array-communities.geojson', 'BAD_FEATURE', ['feature #1', '"properties" is an array']],
  ['feature-type-lowercase-communities.geojson', 'BAD_FEATURE', ['"type" is "feature"']],
  ['empty-coordinates-communities.geojson', 'EMPTY_GEOMETRY', ['(id "e1")', 'no coordinates']],
  ['short-line-roads.geojson', 'LINE_TOO_SHORT', ['(id "r1")', 'fewer than 2']],
  ['script-name-communities.geojson', 'FIELD_INVALID', ['(id "<script>alert(1)</script>"), field households', 'value "<img src=x onerror=alert(1)>"']],
  ['clockwise-communities.geojson', 'WINDING', ['(id "w1")', 'winds clockwise']],
  ['duplicate-vertices-communities.geojson', 'DUPLICATE_VERTICES', ['(id "d1")', 'repeats a vertex']],
  ['unknown-layer.geojson', 'UNKNOWN_ROLE', ['cannot tell which layer', '--role unknown-layer.geojson=ROLE']],
  ['layer.kml', 'UNKNOWN_FORMAT', ['unknown file type ".kml"']],
  ['小区-gbk-nocpg.zip', 'ENCODING_GBK', ['no .cpg', 'GBK']],
  ['no-prj-communities.zip', 'NO_PRJ', ['no .prj', '--crs EPSG:NNNN', 'suggest EPSG:4549']],
  ['no-dbf-communities.zip', 'NO_DBF', ['.dbf part is missing']],
  ['no-shp-communities.zip', 'NO_SHP', ['no .shp file', 'c.dbf']],
  ['empty-shp-communities.zip', 'EMPTY_LAYER', ['holds no features']],
  ['truncated-shp-communities.zip', 'BAD_SHP', ['shorter than its 100-byte header']],
  ['unknown-prj-communities.zip', 'UNKNOWN_PRJ', ['not a CRS this app can read']],
  ['not-a-zip.zip', 'BAD_ZIP', ['not a readable zip']],
  // A CSV row is named by its line in the file (header = line 1), as the reader and a spreadsheet name it.
  ['nan-longitude-facilities.csv', 'NAN_COORDINATE', ['row 3 (id "f2")', 'is not a number']],
  ['bad-wkt-facilities.csv', 'BAD_WKT', ['row 3, field wkt', 'is not WKT']],
  ['empty.csv', 'EMPTY_CSV', ['no header row']],
  ['elevator_votes-agreed-over.csv', 'FIELD_INVALID', ['row 2, field agreed', 'agreed is more than takingPart']],
  ['surveys-share-over-one.csv', 'FIELD_INVALID', ['field need_elevator', 'value 1.4']],
  ['surveys-missing-community.csv', 'MISSING_ID', ['row 2, field communityId']],
  ['wgs84-communities.zip', 'UNKNOWN_CRS', ['"EPSG:9999" is not known'], { crs: 'EPSG:9999' }],
];

describe('bad input: each file gives its message, naming file, feature and field', () => {
  it('covers at least 40 bad inputs', () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  it.each(CASES)('%s → %s', async (file, code, words, options) => {
    const prepared = await prepareImport([load(file)], options);
    const issues = prepared.flatMap((p) => p.report.issues);
    const found = issues.find((i) => i.code === code);
    expect(found, `${file}: got ${issues.map((i) => i.message).join(' | ')}`).toBeDefined();
    expect(found!.fileName).toBe(file);
    expect(found!.message.startsWith(file)).toBe(true);
    expect(found!.messageZh.startsWith(file)).toBe(true);
    for (const word of words) expect(found!.message).toContain(word);
  });
});

describe('awkward but good input', () => {
  it('a position whose third value is not a height is imported with a warning, said once per feature', async () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'f1', type: 'elderly_care' }, geometry: { type: 'Point', coordinates: [120.15, 30.27, 'f'] } },
        { type: 'Feature', properties: { id: 'f2', type: 'clinic' }, geometry: { type: 'Point', coordinates: [120.16, 30.27, 12.5] } },
      ],
    };
    const [prepared] = await prepareImport([{ name: 'facilities.geojson', bytes: new TextEncoder().encode(JSON.stringify(collection)) }]);
    expect(prepared.report.errors).toBe(0);
    const warnings = prepared.report.issues.filter((issue) => issue.code === 'BAD_HEIGHT');
    expect(warnings.map((issue) => issue.message)).toEqual([expect.stringContaining('feature #1 (id "f1")')]);
    expect(warnings[0].message).toContain('["f"]');
    expect(warnings[0].messageZh).toContain('不是以米计的高程');
  });
  it('keeps <script> and <img onerror> as plain text', async () => {
    const [prepared] = await prepareImport([load('script-name-communities.geojson')]);
    expect(prepared.features[0].properties.name).toBe('<script>alert("x")</script>');
    expect(prepared.features[0].properties.id).toBe('<script>alert(1)</script>');
  });
  it.each(['小区-gbk-cpg.zip', '小区-gbk-nocpg.zip', '小区-utf8-4528.zip'])('%s decodes Chinese columns and maps them', async (file) => {
    const [prepared] = await prepareImport([load(file)]);
    expect(prepared.role).toBe('communities');
    expect(prepared.report.errors).toBe(0);
    expect(prepared.features.map((f) => f.properties)).toEqual([
      { id: 'a1', name: '流水西苑', households: 120, builtYear: 1990 },
      { id: 'a2', name: '潮鸣小区', households: 80, builtYear: 1985 },
    ]);
    const [x, y] = (prepared.features[0].geometry as { coordinates: number[][][] }).coordinates[0][0];
    expect(Math.abs(x - 120.15)).toBeLessThan(1e-8);
    expect(Math.abs(y - 30.27)).toBeLessThan(1e-8);
  });
  it('a GBK CSV table reads, with 35% as 0.35', async () => {
    const [prepared] = await prepareImport([load('surveys-gbk.csv')]);
    expect(prepared.role).toBe('surveys');
    expect(prepared.features[0].properties).toEqual({ communityId: 'c1', respondents: 100, satisfaction: 4, willingToPay: 0.35 });
  });
  it('the no-.prj Shapefile reads once its CRS is given', async () => {
    const [prepared] = await prepareImport([load('no-prj-communities.zip')], { crs: 'EPSG:4549' });
    expect(prepared.report.errors).toBe(0);
    expect(prepared.raw?.crs).toMatchObject({ source: 'EPSG:4549', from: 'option', reprojected: true });
  });
});
