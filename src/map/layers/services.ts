/**
 * Services on the map (issue 5): communities covered / not covered / newly covered,
 * catchments (circles for straight-line distance, the reachable road stretches for the
 * walking network), proposed sites and lines to the communities each newly covers.
 * servicesKey is the legend of these colours (map-key.ts).
 */
import { GeoJsonLayer, LineLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import type { CatchmentOutput, ServicesOutput } from '../../analysis/services';
import { anchorOf, featuresById } from './geometry-lookup';
import { keptData } from './kept-data';
import { polygonLayers } from './outline-chunks';
import type { KeySection } from '../map-key';
import type { CodeLabel } from '../../model/codes';
import { OVER_BUILDINGS } from './over-buildings';
import type { MapTheme } from '../palette';
import { type RGBA, SERVICES_COLOURS } from './view-colours';
import { zoomForMetresPerPixel } from '../web-mercator';

const coverageFill = (theme: MapTheme) => {
  const { covered, newly, uncovered } = SERVICES_COLOURS[theme];
  return (feature: Feature) => (feature.properties?.coverage === 'covered' ? covered : feature.properties?.coverage === 'newly' ? newly : uncovered);
};
const COVERAGE_FILL: Record<MapTheme, (feature: Feature) => RGBA> = { light: coverageFill('light'), dark: coverageFill('dark') };

/** A catchment circle's radius (px) from which the circles are drawn: smaller, thousands of them are a tangle of rings (the province overview). */
export const CIRCLE_MIN_RADIUS_PX = 10;

/**
 * The zoom from which straight-line catchment circles are drawn: where their radius is
 * CIRCLE_MIN_RADIUS_PX, at the circles' mean latitude on MapLibre's 512-pixel tiles. 300 m at
 * 30° N: log2(10 × 78,271.5 × cos 30° / 300) = 11.1, so a city's view (11.5) keeps them and a
 * province's (10.0) does not. 0 for no circles.
 */
export function circlesMinZoom(catchment: Extract<CatchmentOutput, { distance: 'euclidean' }>): number {
  const centres = catchment.circles.filter((circle) => Number.isFinite(circle.centre[1]));
  if (centres.length === 0 || !(catchment.radiusM > 0)) return 0;
  const latitude = centres.reduce((sum, circle) => sum + circle.centre[1], 0) / centres.length;
  const zoom = zoomForMetresPerPixel(catchment.radiusM / CIRCLE_MIN_RADIUS_PX, latitude);
  return Math.max(0, Math.round(zoom * 10) / 10);
}

/**
 * In the theme the map is drawn in (view-colours.ts); the data are kept per result and layers
 * (kept-data.ts), so a theme change, as a new catchment, restyles without new data.
 */
export function servicesLayers(result: ServicesOutput, catchment: CatchmentOutput | undefined, communities: FeatureCollection | undefined, idleLand: FeatureCollection | undefined, theme: MapTheme = 'light') {
  const colours = SERVICES_COLOURS[theme];
  const communityById = featuresById(communities);
  const parcelById = featuresById(idleLand);
  // Kept per result and layer (kept-data.ts): a new catchment does not re-cut the outline chunks.
  const shaded = keptData(result, 'shaded-communities', [communities], (): FeatureCollection => ({
    type: 'FeatureCollection',
    features: result.communities.flatMap((row) => {
      const feature = communityById.get(String(row.id));
      if (!feature) return [];
      const state = row.covered ? 'covered' : row.coveredAfter ? 'newly' : 'uncovered';
      return [{ ...feature, properties: { ...feature.properties, coverage: state, distanceM: row.distanceM } } as Feature];
    }),
  }));
  const sites = keptData(result, 'sites', [idleLand], (): FeatureCollection => ({
    type: 'FeatureCollection',
    features: result.sites.flatMap((site) => (parcelById.get(String(site.id)) ? [parcelById.get(String(site.id))!] : [])),
  }));
  const links = keptData(result, 'site-links', [communities, idleLand], () => result.sites.flatMap((site) => {
    const parcel = parcelById.get(String(site.id));
    return parcel ? site.communityIds.flatMap((id) => (communityById.get(String(id)) ? [{ from: anchorOf(parcel), to: anchorOf(communityById.get(String(id))!) }] : [])) : [];
  }));
  const layers = [];
  if (catchment?.distance === 'euclidean') {
    layers.push(new ScatterplotLayer({
      id: 'services-catchments', data: catchment.circles, getPosition: (circle) => circle.centre, getRadius: (circle) => circle.radiusM,
      radiusUnits: 'meters', filled: true, stroked: true, getFillColor: colours.catchmentFill, getLineColor: colours.catchmentLine, getLineWidth: 1.5, lineWidthUnits: 'pixels',
    }));
  } else if (catchment?.distance === 'network') {
    const geometry = catchment.geometry as MultiLineString;
    // Its own id: deck.gl matches layers by id, and a PathLayer given the circles' id inherits
    // the ScatterplotLayer's state (an error, and the circles stay drawn).
    layers.push(new PathLayer({
      id: 'services-catchment-roads', data: geometry.coordinates, getPath: (path) => path as [number, number][], getColor: colours.catchmentPath, getWidth: 4, widthUnits: 'pixels',
    }));
  }
  layers.push(
    ...polygonLayers({
      id: 'services-communities', beforeId: 'buildings-extrusion',
      data: shaded,
      filled: true, stroked: true, pickable: true,
      getFillColor: COVERAGE_FILL[theme],
      getLineColor: colours.communityLine, getLineWidth: 1, lineWidthUnits: 'pixels',
      updateTriggers: { getFillColor: theme },
    }),
    new LineLayer({ id: 'services-links', data: links, getSourcePosition: (link) => link.from, getTargetPosition: (link) => link.to, getColor: colours.link, getWidth: 2.5, widthUnits: 'pixels', parameters: OVER_BUILDINGS }),
    new GeoJsonLayer({
      id: 'services-sites', data: sites,
      filled: true, stroked: true, pickable: true, getFillColor: colours.siteFill, getLineColor: colours.siteLine, getLineWidth: 3, lineWidthUnits: 'pixels',
    }),
  );
  return layers;
}

/**
 * The legend of servicesLayers, titled with what coverage it is (`what`: the service type and
 * radius); the catchment entry follows the distance the panel shows.
 */
export function servicesKey(catchment: CatchmentOutput['distance'] | undefined, hasSites: boolean, what?: { type: CodeLabel; radiusM: number }, theme: MapTheme = 'light'): KeySection[] {
  const colours = SERVICES_COLOURS[theme];
  const title = what
    ? { zh: `小区 · ${what.type.zh} ${what.radiusM} m 覆盖`, en: `Communities · ${what.type.en} within ${what.radiusM} m` }
    : { zh: '小区 · 生活圈覆盖', en: 'Communities · life-circle coverage' };
  const sections: KeySection[] = [{
    id: 'services-communities', title, coversCommunities: true,
    entries: [
      { swatch: { kind: 'fill', colour: colours.covered }, label: { zh: '已覆盖', en: 'covered' } },
      { swatch: { kind: 'fill', colour: colours.newly }, label: { zh: '新址覆盖', en: 'newly covered' } },
      { swatch: { kind: 'fill', colour: colours.uncovered }, label: { zh: '未覆盖', en: 'not covered' } },
    ],
  }];
  const others: KeySection['entries'] = [];
  if (catchment === 'euclidean') others.push({ swatch: { kind: 'outline', colour: colours.catchmentLine }, label: { zh: '服务半径（直线）', en: 'service radius (straight line)' } });
  if (catchment === 'network') others.push({ swatch: { kind: 'line', colour: colours.catchmentPath }, label: { zh: '步行可达道路', en: 'roads within walking distance' } });
  if (hasSites) {
    others.push(
      { swatch: { kind: 'fill', colour: colours.siteFill }, label: { zh: '建议选址', en: 'proposed site' } },
      { swatch: { kind: 'line', colour: colours.link }, label: { zh: '新址服务的小区', en: 'communities a site covers' } },
    );
  }
  if (others.length > 0) sections.push({ id: 'services-sites', title: { zh: '设施与选址', en: 'Facilities and sites' }, entries: others });
  return sections;
}
