/**
 * A small WKT parser for the geometry column of CSV exports: POINT, LINESTRING, POLYGON,
 * MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, with optional Z/M and an "SRID=n;" prefix.
 * Returns undefined for text it cannot read, so the caller can name the row.
 */
import type { Geometry } from 'geojson';

type Nested = number[] | Nested[];

export function parseWkt(text: string): { geometry: Geometry | null; srid?: number } | undefined {
  let source = text.trim();
  let srid: number | undefined;
  const sridMatch = /^SRID=(\d+);/i.exec(source);
  if (sridMatch) {
    srid = Number(sridMatch[1]);
    source = source.slice(sridMatch[0].length);
  }
  const head = /^(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON)\s*(ZM|Z|M)?\s*/i.exec(source);
  if (!head) return undefined;
  const type = head[1].toUpperCase();
  const body = source.slice(head[0].length).trim();
  if (/^EMPTY$/i.test(body)) return { geometry: null, srid };
  const nested = parseNested(body);
  if (!nested) return undefined;
  const typed = toGeometry(type, nested);
  return typed ? { geometry: typed, srid } : undefined;
}

/** Parses "(…)" into nested arrays; a coordinate "x y [z]" becomes [x, y, z]. */
function parseNested(body: string): Nested | undefined {
  let index = 0;
  const parseList = (): Nested | undefined => {
    if (body[index] !== '(') return undefined;
    index++;
    const items: Nested[] = [];
    let numbers: number[] = [];
    let token = '';
    const flushToken = () => {
      if (token) { numbers.push(Number(token)); token = ''; }
    };
    while (index < body.length) {
      const c = body[index];
      if (c === '(') {
        const child = parseList();
        if (!child) return undefined;
        items.push(child);
        continue;
      }
      if (c === ')' || c === ',') {
        flushToken();
        if (numbers.length) { items.push(numbers); numbers = []; }
        index++;
        if (c === ')') return items as Nested;
        continue;
      }
      if (/\s/.test(c)) flushToken();
      else token += c;
      index++;
    }
    return undefined;
  };
  const result = parseList();
  return index === body.length || body.slice(index).trim() === '' ? result : undefined;
}

const isPosition = (value: Nested): value is number[] => value.length >= 2 && typeof value[0] === 'number';
const isLine = (value: Nested): value is number[][] => (value as Nested[]).every((item) => Array.isArray(item) && isPosition(item));

function toGeometry(type: string, nested: Nested): Geometry | undefined {
  const list = nested as Nested[];
  const positionList = (value: Nested) => (isLine(value) ? (value as number[][]).map((p) => p.slice(0, 3)) : undefined);
  switch (type) {
    case 'POINT': return list.length === 1 && isPosition(list[0]) ? { type: 'Point', coordinates: (list[0] as number[]).slice(0, 3) } : undefined;
    case 'LINESTRING': { const line = positionList(nested); return line ? { type: 'LineString', coordinates: line } : undefined; }
    case 'MULTIPOINT': {
      const points = list.map((item) => (isPosition(item) ? item : Array.isArray(item) && isPosition((item as Nested[])[0]) ? (item as Nested[])[0] : undefined));
      return points.every(Boolean) ? { type: 'MultiPoint', coordinates: points as number[][] } : undefined;
    }
    case 'POLYGON': case 'MULTILINESTRING': {
      const rings = list.map(positionList);
      if (!rings.every(Boolean)) return undefined;
      return type === 'POLYGON' ? { type: 'Polygon', coordinates: rings as number[][][] } : { type: 'MultiLineString', coordinates: rings as number[][][] };
    }
    case 'MULTIPOLYGON': {
      const polygons = list.map((polygon) => (polygon as Nested[]).map(positionList));
      if (!polygons.every((rings) => rings.every(Boolean))) return undefined;
      return { type: 'MultiPolygon', coordinates: polygons as number[][][][] };
    }
  }
  return undefined;
}
