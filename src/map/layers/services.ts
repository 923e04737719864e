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

type RGBA = [number, number, number, number];
const COVERED: RGBA = [67, 160, 71, 140];
const NEWLY: RGBA = [30, 136, 229, 160];
const UNCOVERED: RGBA = [211, 47, 47, 150];
const CATCHMENT_FILL: RGBA = [94, 53, 177, 25];
const CATCHMENT_LINE: RGBA = [94, 53, 177, 180];
const CATCHMENT_PATH: RGBA = [94, 53, 177, 220];
const LINK: RGBA = [30, 136, 229, 230];
const SITE_FILL: RGBA = [30, 136, 229, 200];

export function servicesLayers(result: ServicesOutput, catchment: CatchmentOutput | undefined, communities: FeatureCollection | undefined, idleLand: FeatureCollection | undefined) {
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
  const sites = result.sites.flatMap((site) => (parcelById.get(String(site.id)) ? [parcelById.get(String(site.id))!] : []));
  const links = result.sites.flatMap((site) => {
    const parcel = parcelById.get(String(site.id));
    return parcel ? site.communityIds.flatMap((id) => (communityById.get(String(id)) ? [{ from: anchorOf(parcel), to: anchorOf(communityById.get(String(id))!) }] : [])) : [];
  });
  const layers = [];
  if (catchment?.distance === 'euclidean') {
    layers.push(new ScatterplotLayer({
      id: 'services-catchments', data: catchment.circles, getPosition: (circle) => circle.centre, getRadius: (circle) => circle.radiusM,
      radiusUnits: 'meters', filled: true, stroked: true, getFillColor: CATCHMENT_FILL, getLineColor: CATCHMENT_LINE, getLineWidth: 1.5, lineWidthUnits: 'pixels',
    }));
  } else if (catchment?.distance === 'network') {
    const geometry = catchment.geometry as MultiLineString;
    // Its own id: deck.gl matches layers by id, and a PathLayer given the circles' id inherits
    // the ScatterplotLayer's state (an error, and the circles stay drawn).
    layers.push(new PathLayer({
      id: 'services-catchment-roads', data: geometry.coordinates, getPath: (path) => path as [number, number][], getColor: CATCHMENT_PATH, getWidth: 4, widthUnits: 'pixels',
    }));
  }
  layers.push(
    ...polygonLayers({
      id: 'services-communities', beforeId: 'buildings-extrusion',
      data: shaded,
      filled: true, stroked: true, pickable: true,
      getFillColor: (feature: Feature) => (feature.properties?.coverage === 'covered' ? COVERED : feature.properties?.coverage === 'newly' ? NEWLY : UNCOVERED),
      getLineColor: [40, 40, 40, 200], getLineWidth: 1, lineWidthUnits: 'pixels',
    }),
    new LineLayer({ id: 'services-links', data: links, getSourcePosition: (link) => link.from, getTargetPosition: (link) => link.to, getColor: LINK, getWidth: 2.5, widthUnits: 'pixels', parameters: OVER_BUILDINGS }),
    new GeoJsonLayer({
      id: 'services-sites', data: { type: 'FeatureCollection', features: sites } as FeatureCollection,
      filled: true, stroked: true, pickable: true, getFillColor: SITE_FILL, getLineColor: [13, 71, 161, 255], getLineWidth: 3, lineWidthUnits: 'pixels',
    }),
  );
  return layers;
}

/**
 * The legend of servicesLayers, titled with what coverage it is (`what`: the service type and
 * radius); the catchment entry follows the distance the panel shows.
 */
export function servicesKey(catchment: CatchmentOutput['distance'] | undefined, hasSites: boolean, what?: { type: CodeLabel; radiusM: number }): KeySection[] {
  const title = what
    ? { zh: `小区 · ${what.type.zh} ${what.radiusM} m 覆盖`, en: `Communities · ${what.type.en} within ${what.radiusM} m` }
    : { zh: '小区 · 生活圈覆盖', en: 'Communities · life-circle coverage' };
  const sections: KeySection[] = [{
    id: 'services-communities', title, coversCommunities: true,
    entries: [
      { swatch: { kind: 'fill', colour: COVERED }, label: { zh: '已覆盖', en: 'covered' } },
      { swatch: { kind: 'fill', colour: NEWLY }, label: { zh: '新址覆盖', en: 'newly covered' } },
      { swatch: { kind: 'fill', colour: UNCOVERED }, label: { zh: '未覆盖', en: 'not covered' } },
    ],
  }];
  const others: KeySection['entries'] = [];
  if (catchment === 'euclidean') others.push({ swatch: { kind: 'outline', colour: CATCHMENT_LINE }, label: { zh: '服务半径（直线）', en: 'service radius (straight line)' } });
  if (catchment === 'network') others.push({ swatch: { kind: 'line', colour: CATCHMENT_PATH }, label: { zh: '步行可达道路', en: 'roads within walking distance' } });
  if (hasSites) {
    others.push(
      { swatch: { kind: 'fill', colour: SITE_FILL }, label: { zh: '建议选址', en: 'proposed site' } },
      { swatch: { kind: 'line', colour: LINK }, label: { zh: '新址服务的小区', en: 'communities a site covers' } },
    );
  }
  if (others.length > 0) sections.push({ id: 'services-sites', title: { zh: '设施与选址', en: 'Facilities and sites' }, entries: others });
  return sections;
}
