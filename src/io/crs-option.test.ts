/**
 * What a given CRS (--crs, the dialog's choice) is applied to, and what a CRS that does not fit
 * the numbers is told: once, with the importer's guess, not one "Infinity" per feature.
 */
import { describe, expect, it } from 'vitest';
import { converterFromWgs84 } from './crs';
import { readGeoJson } from './read';
import { prepareImport } from './import';

const LONLAT: [number, number][] = [[120.15, 30.27], [120.16, 30.27], [120.16, 30.28], [120.15, 30.27]];

function collection(ring: number[][], crs?: string): Uint8Array {
  const json = {
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${crs}` } } } : {}),
    features: [0, 1, 2].map((i) => ({ type: 'Feature', properties: { id: `c${i}` }, geometry: { type: 'Polygon', coordinates: [ring] } })),
  };
  return new TextEncoder().encode(JSON.stringify(json));
}

const in4549 = () => LONLAT.map((p) => converterFromWgs84('+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs')(p));

describe('--crs applies only to a file with no CRS of its own whose numbers are not lon/lat', () => {
  it('leaves a lon/lat file as it is, with a warning', async () => {
    const read = await readGeoJson({ name: '设施.geojson', bytes: collection(LONLAT) }, { crs: 'EPSG:4549' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.features[0].geometry).toEqual({ type: 'Polygon', coordinates: [LONLAT] });
    expect(read.value.crs.reprojected).toBe(false);
    expect(read.value.issues.map((i) => [i.severity, i.code, i.message])).toEqual([
      ['warning', 'CRS_OPTION_IGNORED', '设施.geojson: --crs EPSG:4549 not applied: the coordinates are already longitude/latitude'],
    ]);
  });

  it('uses the CRS the file declares over --crs', async () => {
    const read = await readGeoJson({ name: 'c.geojson', bytes: collection(in4549(), '4549') }, { crs: 'EPSG:4528' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [lon, lat] = (read.value.features[0].geometry as { coordinates: number[][][] }).coordinates[0][0];
    expect(lon).toBeCloseTo(120.15, 6);
    expect(lat).toBeCloseTo(30.27, 6);
    expect(read.value.issues[0].message).toMatch(/--crs EPSG:4528 not applied: the file gives its own CRS \(EPSG:4549\)/);
  });

  it('reprojects projected numbers with no CRS of their own', async () => {
    const read = await readGeoJson({ name: 'c.geojson', bytes: collection(in4549()) }, { crs: 'EPSG:4549' });
    expect(read.ok && read.value.crs).toMatchObject({ source: 'EPSG:4549', from: 'option', reprojected: true });
  });
});

describe('a CRS that does not fit the numbers', () => {
  it('is said once, naming the CRS, with the guess', async () => {
    const [file] = await prepareImport([{ name: '小区.geojson', bytes: collection(in4549()) }], { crs: 'EPSG:4528' });
    expect(file.report.issues).toHaveLength(1);
    expect(file.report.issues[0].code).toBe('CRS_MISMATCH');
    expect(file.report.issues[0].message).toMatch(/^小区\.geojson: the coordinates do not fit EPSG:4528: \(\d+\.?\d*, \d+\.?\d*\) cannot be converted; .*The numbers suggest EPSG:4549/);
    expect(file.report.issues[0].messageZh).toMatch(/坐标与坐标系 EPSG:4528 不符.*EPSG:4549/);
  });

  it('is said when the results land outside China', async () => {
    // Web Mercator metres read as a Gauss-Kruger zone: finite, but far from China.
    const mercator = LONLAT.map((p) => converterFromWgs84('EPSG:3857')(p));
    const [file] = await prepareImport([{ name: 'c.geojson', bytes: collection(mercator) }], { crs: 'EPSG:4549' });
    expect(file.report.issues.map((i) => i.code)).toEqual(['CRS_MISMATCH']);
    expect(file.report.issues[0].message).toMatch(/outside China.*The numbers suggest EPSG:3857/);
  });
});
