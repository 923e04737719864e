/**
 * deck.gl layers of the map tools: the shape being drawn with its live measurement, and the
 * marks that set proposed sites apart from surveyed idle land (a dashed outline and a
 * "拟建" label). Pure config → layers, rebuilt on every change (STYLE.md rule 5).
 */
import { PathLayer, PolygonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import type { Lang } from '../../i18n/strings';
import { closedRing, dashedOutline, measurementText, vertexCentre, type LonLat } from './measure';
import { displayPoints, type ToolState } from './tool-state';
import { OVER_BUILDINGS } from '../../map/layers/over-buildings';

type RGBA = [number, number, number, number];
const INK: RGBA = [230, 81, 0, 255];
const FILL: RGBA = [255, 152, 0, 60];
/** System CJK fonts first (UX.md), so 拟建 and 公顷 render in the label atlas. */
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif';

const labelProps = {
  characterSet: 'auto' as const,
  fontFamily: FONT,
  fontWeight: 600,
  background: true,
  getBackgroundColor: [255, 255, 255, 230] as RGBA,
  backgroundPadding: [6, 3, 6, 3] as [number, number, number, number],
  getColor: [33, 33, 33, 255] as RGBA,
  getSize: 14,
  sizeUnits: 'pixels' as const,
};

/** The shape being drawn (or the frozen measurement), its vertices and its label. */
export function toolLayers(state: ToolState, lang: Lang): Layer[] {
  if (!state.tool) return [];
  const points = displayPoints(state);
  if (points.length === 0) return [];
  const polygonal = state.tool !== 'distance';
  const layers: Layer[] = [];
  if (polygonal && points.length >= 3) {
    layers.push(new PolygonLayer<LonLat[]>({
      id: 'tools-area',
      data: [points],
      getPolygon: (ring) => ring,
      filled: true,
      stroked: false,
      getFillColor: FILL,
      parameters: OVER_BUILDINGS,
    }));
  }
  const path = polygonal && points.length >= 3 ? closedRing(points) : points;
  layers.push(new PathLayer<Position[]>({
    id: 'tools-line',
    data: [path],
    getPath: (line) => line as [number, number][],
    getColor: INK,
    getWidth: 2.5,
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    parameters: OVER_BUILDINGS,
  }));
  layers.push(new ScatterplotLayer<LonLat>({
    id: 'tools-vertices',
    data: state.points,
    getPosition: (point) => point,
    getRadius: 4,
    radiusUnits: 'pixels',
    getFillColor: [255, 255, 255, 255],
    getLineColor: INK,
    stroked: true,
    lineWidthMinPixels: 2,
    parameters: OVER_BUILDINGS,
  }));
  const text = measurementText(polygonal ? 'polygon' : 'line', points, lang);
  const anchor = polygonal && points.length >= 3 ? vertexCentre(points) : points[points.length - 1];
  layers.push(new TextLayer<{ position: LonLat; text: string }>({
    id: 'tools-label',
    data: [{ position: anchor, text }],
    getPosition: (label) => label.position,
    getText: (label) => label.text,
    getPixelOffset: polygonal ? [0, 0] : [0, -18],
    ...labelProps,
    parameters: OVER_BUILDINGS,
  }));
  return layers;
}

interface ProposedMark {
  id: string;
  rings: Position[][];
  centre: LonLat;
}

/** Proposed sites (idle land with `proposed: true`) as rings and label anchors. */
function proposedMarks(idleLand: FeatureCollection | undefined): ProposedMark[] {
  return (idleLand?.features ?? []).flatMap((feature) => {
    if (feature.properties?.proposed !== true) return [];
    const geometry = feature.geometry as Polygon | MultiPolygon | null;
    if (!geometry) return [];
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
    if (rings.length === 0) return [];
    return [{ id: String(feature.properties.id), rings, centre: vertexCentre(rings[0]) }];
  });
}

/** A dashed outline and a "拟建 P-1" label on every proposed site. */
export function proposedLayers(idleLand: FeatureCollection | undefined, lang: Lang): Layer[] {
  const marks = proposedMarks(idleLand);
  if (marks.length === 0) return [];
  const dashes = marks.flatMap((mark) => mark.rings.flatMap((ring) => dashedOutline(ring)));
  return [
    new PathLayer<Position[]>({
      id: 'proposed-outline',
      data: dashes,
      getPath: (dash) => dash as [number, number][],
      getColor: INK,
      getWidth: 3,
      widthUnits: 'pixels',
    }),
    new TextLayer<ProposedMark>({
      id: 'proposed-label',
      data: marks,
      getPosition: (mark) => mark.centre,
      getText: (mark) => `${lang === 'zh' ? '拟建' : 'Proposed'} ${mark.id}`,
      ...labelProps,
      getColor: INK,
      getSize: 13,
    }),
  ];
}
