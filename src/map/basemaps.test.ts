import { describe, expect, it } from 'vitest';
import { basemapCredit, basemapParts, customUrlProblem, parseBasemap } from './basemaps';

describe('online basemaps', () => {
  it('none by default and for anything unknown', () => {
    expect(parseBasemap(null)).toBe('none');
    expect(parseBasemap('gaode')).toBe('none');
    expect(parseBasemap('tianditu-imagery')).toBe('tianditu-imagery');
    expect(basemapParts('none')).toEqual([]);
    expect(basemapCredit('none', {}, 'zh')).toBeNull();
  });

  it('credits the basemap only when it is drawn', () => {
    expect(basemapCredit('osm', {}, 'en')).toBe('Basemap © OpenStreetMap contributors');
    expect(basemapCredit('tianditu-imagery', {}, 'zh')).toBeNull();
    expect(basemapCredit('tianditu-imagery', { tiandituKey: 'k' }, 'zh')).toContain('天地图');
  });

  it('OpenStreetMap: one raster layer of its standard tiles, credited', () => {
    const [osm, ...rest] = basemapParts('osm');
    expect(rest).toEqual([]);
    expect(osm.source).toMatchObject({ type: 'raster', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 19 });
    expect(osm.source.attribution).toContain('OpenStreetMap');
    expect(osm.layer).toEqual({ id: 'basemap-osm', type: 'raster', source: 'basemap-osm' });
  });

  it('天地图: nothing without a key; with one, the base and its Chinese annotation in Web Mercator, over t0–t7', () => {
    expect(basemapParts('tianditu-vector', { tiandituKey: '  ' })).toEqual([]);
    const [base, notes] = basemapParts('tianditu-imagery', { tiandituKey: 'ab c&d' });
    expect([base.id, notes.id]).toEqual(['basemap-img', 'basemap-cia']);
    expect(base.source.tiles).toHaveLength(8);
    expect(base.source.tiles![7]).toBe(
      'https://t7.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=ab%20c%26d',
    );
    expect(notes.source.tiles![0]).toContain('https://t0.tianditu.gov.cn/cia_w/wmts?');
    expect(basemapParts('tianditu-vector', { tiandituKey: 'k' }).map((part) => part.id)).toEqual(['basemap-vec', 'basemap-cva']);
    expect(base.source.maxzoom).toBe(18);
  });

  it('the bureau\'s own tile server: an http(s) XYZ template, TMS rows with {-y}', () => {
    expect(customUrlProblem('tiles/{z}/{x}/{y}.png')?.zh).toBe('地址须以 http:// 或 https:// 开头');
    expect(customUrlProblem('https://gis.example.gov.cn/{z}/{x}.png')?.en).toContain('{z}, {x} and {y}');
    expect(customUrlProblem('http://10.1.2.3:8080/tiles/{z}/{x}/{-y}.png')).toBeNull();
    expect(basemapParts('custom', {})).toEqual([]);
    expect(basemapParts('custom', { customUrl: 'ftp://x/{z}/{x}/{y}' })).toEqual([]);
    const [xyz] = basemapParts('custom', { customUrl: ' https://gis.example.gov.cn/{z}/{x}/{y}.png ' });
    expect(xyz.source).toMatchObject({ type: 'raster', tiles: ['https://gis.example.gov.cn/{z}/{x}/{y}.png'] });
    expect(xyz.source.scheme).toBeUndefined();
    const [tms] = basemapParts('custom', { customUrl: 'http://10.1.2.3:8080/tiles/{z}/{x}/{-y}.png' });
    expect(tms.source).toMatchObject({ tiles: ['http://10.1.2.3:8080/tiles/{z}/{x}/{y}.png'], scheme: 'tms' });
  });
});
