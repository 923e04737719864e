/** Round trips: Gauss-Kruger Shapefiles, GCJ-02, and export → import of each format. */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { converterFromWgs84, converterToWgs84, crsDefinition, guessProjectedCrs, identifyPrj, removeDatumShift, toGcj02 } from './crs';
import { prepareImport } from './import';
import { readFile } from './read';
import { parseWkt } from './read/wkt';
import { writeShapefileZip } from './write/shapefile';
import { writeGeoJson } from './write/geojson';
import { writeCsv } from './write/csv';
import { parseProject, serialiseProject, migrateV0, validateProject } from './project-file';
import { repairFeatures } from './repair';
import { validateLayer } from './validate';
import { mapColumns, convertValue, proposeRole, chineseValue, fieldKinds } from './fields';
import { LAYER_PROPERTY_SCHEMAS } from '../model/layers';
import { RENOVATION_ITEMS } from '../model/codes';
import type { RawFeature } from './types';

const metres = (a: Position, b: Position) => {
  const dy = (a[1] - b[1]) * 111_320;
  const dx = (a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot(dx, dy);
};

const communities: RawFeature[] = [
  { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[120.15, 30.27], [120.152, 30.27], [120.152, 30.272], [120.15, 30.272], [120.15, 30.27]], [[120.1505, 30.2705], [120.1505, 30.2710], [120.1510, 30.2710], [120.1510, 30.2705], [120.1505, 30.2705]]] }, properties: { id: 'c1', name: '流水西苑', households: 2179, builtYear: 1999, elderlyShare: 0.35, parkingSpaces: 120, renovationStatus: 'completed' } },
  { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[[[121.55, 29.87], [121.56, 29.87], [121.56, 29.88], [121.55, 29.87]]], [[[121.57, 29.87], [121.58, 29.87], [121.58, 29.88], [121.57, 29.87]]]] }, properties: { id: 'c2', name: '宁波小区', households: 300, builtYear: 1988 } },
];

describe('Gauss-Kruger Shapefiles round trip to within 0.01 m', () => {
  it.each(['EPSG:4549', 'EPSG:4528', 'EPSG:4550', 'EPSG:4499'])('%s', async (code) => {
    const { zip } = writeShapefileZip('小区', communities, { crs: code });
    const read = await readFile({ name: '小区.zip', bytes: zip });
    if (!read.ok) throw new Error(read.error[0].message);
    expect(read.value.crs).toMatchObject({ source: code, from: 'prj', reprojected: true });
    const project = converterFromWgs84(crsDefinition(code)!.proj4);
    const originals = communities.flatMap((f) => [...positions(f)]);
    const back = read.value.features.flatMap((f) => [...positions(f)]);
    expect(back).toHaveLength(originals.length);
    const sortKey = (p: Position) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
    const a = originals.map(sortKey).sort();
    const b = back.map(sortKey).sort();
    expect(b).toEqual(a);
    for (const p of back) {
      const nearest = originals.reduce((best, q) => (metres(p, q) < metres(p, best) ? q : best));
      const [x1, y1] = project(p);
      const [x2, y2] = project(nearest);
      expect(Math.hypot(x1 - x2, y1 - y2)).toBeLessThan(0.01);
    }
  });
  it('matches the documented 4549 point (NOTES.md)', () => {
    const [lon, lat] = converterToWgs84(crsDefinition('EPSG:4549')!.proj4)([514433.611, 3350053.697]);
    expect(lon).toBeCloseTo(120.15, 6);
    expect(lat).toBeCloseTo(30.27, 6);
  });
  it('recognises ESRI and OGC .prj text', () => {
    expect(identifyPrj('PROJCS["CGCS2000_3_Degree_GK_Zone_40",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",40500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]')?.code).toBe('EPSG:4528');
    expect(identifyPrj('PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 120E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",120],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","4549"]]')?.code).toBe('EPSG:4549');
    expect(identifyPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')?.geographic).toBe(true);
  });
  it('guesses zones from the numbers', () => {
    expect(guessProjectedCrs([[40514433, 3350053]])?.code).toBe('EPSG:4528');
    expect(guessProjectedCrs([[39514433, 3350053]])?.code).toBe('EPSG:4527');
    expect(guessProjectedCrs([[514433, 3350053]])?.code).toBe('EPSG:4549');
    expect(guessProjectedCrs([[13375000, 3538000]])?.code).toBe('EPSG:3857');
    expect(guessProjectedCrs([[21514433, 3350053]])?.code).toBe('EPSG:4499');
  });
});

function* positions(feature: RawFeature): Generator<Position> {
  const g = feature.geometry!;
  if (g.type === 'Polygon') for (const ring of g.coordinates) yield* ring;
  if (g.type === 'MultiPolygon') for (const poly of g.coordinates) for (const ring of poly) yield* ring;
}

describe('GCJ-02', () => {
  it('WGS84 → GCJ-02 → WGS84 within 0.5 m, and the offset is hundreds of metres', () => {
    for (const p of [[120.15, 30.27], [121.55, 29.87], [119.65, 29.08], [122.2, 30.0]]) {
      const shifted = toGcj02(p);
      expect(metres(p, shifted)).toBeGreaterThan(100);
      expect(metres(p, removeDatumShift('gcj02')(shifted))).toBeLessThan(0.5);
    }
  });
  it('--gcj02 on import converts the file', async () => {
    const shifted = communities.map((f) => ({ ...f, geometry: { type: 'Polygon' as const, coordinates: [[...positions(f)].map(toGcj02)] } }));
    const read = await readFile({ name: 'c.geojson', bytes: writeGeoJson(shifted) }, { datumShift: 'gcj02' });
    if (!read.ok) throw new Error('read failed');
    const back = [...positions(read.value.features[0])];
    expect(metres(back[0], [120.15, 30.27])).toBeLessThan(0.5);
    expect(read.value.crs.datumShift).toBe('gcj02');
  });
});

describe('export → import gives the same features', () => {
  it('Shapefile (UTF-8 .dbf, names cut to 10 bytes and mapped back)', async () => {
    const { zip } = writeShapefileZip('communities', communities);
    const [prepared] = await prepareImport([{ name: 'communities.zip', bytes: zip }]);
    expect(prepared.report.errors).toBe(0);
    expect(prepared.features.map((f) => f.properties)).toEqual(communities.map((f) => f.properties));
    expect(prepared.features.map((f) => f.geometry)).toEqual(communities.map((f) => f.geometry));
  });
  it('mixed points and polygons become two Shapefiles in one zip', async () => {
    const mixed: RawFeature[] = [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [120.15, 30.27] }, properties: { id: 't1', kind: 'ancient_tree' } },
      { type: 'Feature', geometry: communities[0].geometry, properties: { id: 'h1', kind: 'historic_building', bufferM: 10 } },
    ];
    const prepared = await prepareImport([{ name: 'protected.zip', bytes: writeShapefileZip('protected', mixed).zip }], { roles: { 'protected.zip/protected_point.shp': 'protected', 'protected.zip/protected_polygon.shp': 'protected' } });
    expect(prepared).toHaveLength(2);
    expect(prepared.flatMap((p) => p.features.map((f) => f.properties))).toEqual(mixed.map((f) => f.properties));
  });
  it('GeoJSON', async () => {
    const [prepared] = await prepareImport([{ name: 'communities.geojson', bytes: writeGeoJson(communities) }]);
    expect(prepared.features.map(({ type, geometry, properties }) => ({ type, geometry, properties }))).toEqual(communities);
  });
  it('CSV with Chinese headers and a BOM', async () => {
    const rows = [{ communityId: 'c1', respondents: 120, need_elevator: 0.6, willingToPay: 0.4, satisfaction: 4 }];
    const bytes = writeCsv(rows, { role: 'surveys' });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('小区编号,受访户数,加装电梯需求,出资意愿,满意度');
    const [prepared] = await prepareImport([{ name: 'surveys.csv', bytes }]);
    expect(prepared.features.map((f) => f.properties)).toEqual(rows);
  });
  it('project file, and a version 0 file migrates', () => {
    const text = serialiseProject({ name: '拱墅区', layers: { communities: { type: 'FeatureCollection', features: communities } }, tables: { surveys: [{ communityId: 'c1', respondents: 3 }] }, view: { center: [120.15, 30.27], zoom: 14 }, state: { analysis: 'parking' }, scenes: [{ id: 's1', title: '停车', view: { zoom: 15 } }] }, '2025-01-01T00:00:00Z');
    const parsed = parseProject('p.json', text);
    if (!parsed.ok) throw new Error(parsed.error[0].message);
    expect(parsed.value.layers.communities?.features).toEqual(communities);
    expect(parsed.value.tables.surveys).toEqual([{ communityId: 'c1', respondents: 3 }]);
    expect(validateProject('p.json', parsed.value).every((r) => r.errors === 0)).toBe(true);
    const v0 = { type: 'atlas-project', name: '旧项目', data: { 'communities.geojson': { type: 'FeatureCollection', features: communities }, 'other.geojson': {} }, votes: [{ buildingId: 'b1', households: 10, takingPart: 8, agreed: 7 }], camera: { lng: 120.1, lat: 30.2, zoom: 13 }, settings: { lang: 'zh' }, slides: [{ title: '总览', camera: { lng: 120, lat: 30, zoom: 12 } }] };
    const migrated = parseProject('old.json', JSON.stringify(v0));
    if (!migrated.ok) throw new Error(migrated.error[0].message);
    expect(migrated.value).toMatchObject({ version: 1, name: '旧项目', view: { center: [120.1, 30.2], zoom: 13 }, state: { lang: 'zh' }, tables: { elevatorVotes: v0.votes }, scenes: [{ id: 'scene-1', title: '总览', view: { center: [120, 30], zoom: 12 } }] });
    expect(migrated.value.layers.communities?.features).toHaveLength(2);
    expect(migrateV0(v0).layers).not.toHaveProperty('other.geojson');
    const tooNew = parseProject('new.json', JSON.stringify({ format: 'renewal-atlas-project', version: 7 }));
    expect(!tooNew.ok && tooNew.error[0].message).toContain('version 7 is newer');
    const broken = parseProject('b.json', '{"format": "renewal-atlas-project", "version": 1, "layers": {"communities": 3}}');
    expect(!broken.ok && broken.error[0].message).toContain('b.json: layers.communities');
  });
});

describe('repairs are offered, counted and fix what validation found', () => {
  it('closes, dedupes, splits a bowtie and rewinds', () => {
    const broken: RawFeature[] = [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 1], [1, 0]]] }, properties: { id: 'a', kind: 'vacant' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] }, properties: { id: 'b', kind: 'vacant' } },
    ];
    const before = validateLayer({ fileName: 'x.geojson', role: 'idleLand', features: broken });
    expect(before.fixable).toEqual({ closeRings: 1, removeDuplicateVertices: 1, rewind: 1, selfIntersections: 1 });
    const { features, counts } = repairFeatures(broken, ['closeRings', 'removeDuplicateVertices', 'rewind', 'selfIntersections']);
    expect(counts).toMatchObject({ closeRings: 1, removeDuplicateVertices: 1, selfIntersections: 1 });
    expect(features[1].geometry?.type).toBe('MultiPolygon');
    const after = validateLayer({ fileName: 'x.geojson', role: 'idleLand', features });
    expect(after.issues).toEqual([]);
  });
  it('finds a self-intersection in a 20,000-vertex ring quickly', () => {
    const n = 20_000;
    const ring: Position[] = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
    [ring[100], ring[101]] = [ring[101], ring[100]];
    ring.push(ring[0]);
    const started = performance.now();
    const report = validateLayer({ fileName: 'big.geojson', role: 'idleLand', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { id: 'x', kind: 'vacant' } }] });
    expect(report.issues.map((i) => i.code)).toContain('SELF_INTERSECTION');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('fields and WKT', () => {
  it('converts planners’ values', () => {
    expect(convertValue('builtYear', 'integer', '1990年')).toBe(1990);
    expect(convertValue('floors', 'integer', '6层')).toBe(6);
    expect(convertValue('hasElevator', 'boolean', '否')).toBe(false);
    expect(convertValue('hasElevator', 'boolean', '有')).toBe(true);
    expect(convertValue('renovationStatus', 'enum', '已完工')).toBe('completed');
    expect(convertValue('kind', 'enum', '空地')).toBe('vacant');
    expect(convertValue('items', 'array', '加装电梯、管网')).toEqual(['elevator', 'pipes']);
    // 用途 is free text, but only `residential` makes an elevator candidate (design audit: 住宅 lost every candidate).
    expect(convertValue('use', 'string', '住宅')).toBe('residential');
    expect(convertValue('use', 'string', ' 商住楼 ')).toBe('residential');
    expect(convertValue('use', 'string', '办公')).toBe('office');
    expect(convertValue('use', 'string', '幼儿园')).toBe('幼儿园');
    expect(convertValue('name', 'string', '住宅')).toBe('住宅');
  });
  it('writes codes as Chinese words the importer reads back as the same codes (Chinese-headed CSV and Excel)', () => {
    expect(chineseValue('communities', 'propertyManagement', 'quasi')).toBe('准物业');
    expect(chineseValue('communities', 'renovationStatus', 'completed')).toBe('已完工');
    expect(chineseValue('buildings', 'hasElevator', false)).toBe('否');
    expect(chineseValue('buildings', 'use', 'residential')).toBe('住宅');
    expect(chineseValue('idleLand', 'kind', 'vacant')).toBe('空地');
    expect(chineseValue('communities', 'items', ['pipes', 'facade', 'unknown'])).toEqual(['管网改造', '外立面', 'unknown']);
    expect(chineseValue('communities', 'name', 'quasi')).toBe('quasi');
    expect(chineseValue('buildings', 'use', '仓库')).toBe('仓库');
    // Every code of every coded field, every boolean and every item survives the trip.
    for (const role of Object.keys(LAYER_PROPERTY_SCHEMAS) as (keyof typeof LAYER_PROPERTY_SCHEMAS)[]) {
      for (const [field, kind] of Object.entries(fieldKinds(role))) {
        if (kind === 'enum') {
          const schema = (LAYER_PROPERTY_SCHEMAS[role] as unknown as { shape: Record<string, { unwrap?: () => { options: string[] }; options?: string[] }> }).shape[field];
          const options = schema.options ?? schema.unwrap?.().options ?? [];
          expect(options.length, `${role}.${field}`).toBeGreaterThan(0);
          for (const code of options) expect(convertValue(field, 'enum', chineseValue(role, field, code)), `${role}.${field} ${code}`).toBe(code);
        }
        if (kind === 'boolean') for (const value of [true, false]) expect(convertValue(field, 'boolean', chineseValue(role, field, value))).toBe(value);
      }
    }
    const codes = Object.keys(RENOVATION_ITEMS);
    expect(convertValue('items', 'array', (chineseValue('communities', 'items', codes) as string[]).join('、'))).toEqual(codes);
  });
  it('honours the dialog’s corrections', () => {
    expect(mapColumns(['名称', 'hh', '备注'], 'communities', { 备注: 'name', 名称: null })).toMatchObject({ 备注: 'name', 名称: null, hh: 'households' });
  });
  it('proposes roles from names, geometry and columns', () => {
    const point = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [120, 30] }, properties: {} };
    expect(proposeRole({ fileName: '楼栋.shp', features: [], columns: [], hasGeometry: true }).role).toBe('buildings');
    expect(proposeRole({ fileName: 'pois.geojson', features: [point], columns: [], hasGeometry: true }).role).toBe('facilities');
    expect(proposeRole({ fileName: 'a.csv', features: [], columns: ['楼栋编号', '同意户数', '参与表决户数'], hasGeometry: false }).role).toBe('elevatorVotes');
  });
  it('says why, in English and in Chinese (the dialog shows the UI language)', () => {
    const why = (fileName: string, columns: string[], features: RawFeature[] = [], hasGeometry = true) => {
      const { reason, reasonZh } = proposeRole({ fileName, features, columns, hasGeometry });
      return [reason, reasonZh];
    };
    expect(why('楼栋.shp', [])).toEqual(['file name "楼栋"', '文件名“楼栋”']);
    expect(why('a.csv', ['楼栋编号', '同意户数', '参与表决户数'], [], false)).toEqual(['columns match elevatorVotes', '字段与加梯表决相符']);
    const point = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [120, 30] }, properties: {} };
    expect(why('layer-2024.geojson', [], [point])).toEqual(['geometry Point', '几何为点']);
    expect(why('x.geojson', [], [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } } as RawFeature])[1]).toBe('文件名、几何类型和字段都对不上任何图层');
  });
  it('parses WKT', () => {
    expect(parseWkt('POINT (120.1 30.2)')?.geometry).toEqual({ type: 'Point', coordinates: [120.1, 30.2] });
    expect(parseWkt('SRID=4549;MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))')).toMatchObject({ srid: 4549, geometry: { type: 'MultiPolygon' } });
    expect(parseWkt('POLYGON Z ((0 0 1, 1 0 1, 1 1 1, 0 0 1))')?.geometry?.type).toBe('Polygon');
    expect(parseWkt('LINESTRING (0 0, 1')).toBeUndefined();
  });
});
