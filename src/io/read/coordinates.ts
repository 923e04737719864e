/**
 * The last step of every reader: bring coordinates to WGS84 lon/lat. A known source CRS (from
 * the .prj or the caller's option) is reprojected; an unknown one is assumed lon/lat unless
 * the numbers are clearly metres, which is refused with a proposed zone (DESIGN §6).
 */
import type { Position } from 'geojson';
import { err, ok, type Result } from '../../model/types';
import { converterToWgs84, crsDefinition, guessProjectedCrs, looksProjected, mapPositions, positionsOf, removeDatumShift, SUPPORTED_CRS_HINT } from '../crs';
import { CUSTOM_PRJ_CRS, importError, issue, type CrsInfo, type ImportError, type ImportIssue, type RawFeature, type ReadOptions } from '../types';

export interface KnownCrs {
  code?: string;
  proj4: string;
  geographic: boolean;
}

/** Up to `limit` positions spread over the features, for guesses that must stay fast. */
export function samplePositions(features: RawFeature[], limit = 2000): Position[] {
  const sample: Position[] = [];
  const step = Math.max(1, Math.floor(features.length / limit));
  for (let i = 0; i < features.length && sample.length < limit; i += step) {
    let taken = 0;
    try {
      for (const position of positionsOf(features[i]?.geometry ?? null)) {
        if (!Array.isArray(position)) continue;
        sample.push(position);
        if (++taken >= 5) break;
      }
    } catch {
      // malformed coordinates: validate.ts names the feature; the sample just skips it
    }
  }
  return sample;
}

/** Resolves the caller's --crs / dialog choice; an unknown code is an error naming the file. */
export function crsFromOption(fileName: string, code: string): Result<KnownCrs & { code: string }, ImportError[]> {
  const definition = crsDefinition(code);
  if (!definition) {
    return err([importError('UNKNOWN_CRS', fileName,
      `${fileName}: CRS "${code}" is not known here; use one of ${SUPPORTED_CRS_HINT}`,
      `${fileName}：不支持的坐标系 “${code}”，可用：${SUPPORTED_CRS_HINT}`)]);
  }
  return ok({ code: definition.code, proj4: definition.proj4, geographic: definition.geographic });
}

export function projectedMessage(fileName: string, sample: Position[]): ImportError {
  const guess = guessProjectedCrs(sample);
  const example = sample.find((p) => Number.isFinite(p[0]) && Math.abs(p[0]) > 180) ?? sample[0];
  const numbers = example ? `(${example[0]}, ${example[1]})` : '';
  const proposal = guess ? ` Likely ${guess.code}: ${guess.reason}.` : '';
  const proposalZh = guess ? `可能是 ${guess.code}。` : '';
  return importError('PROJECTED_COORDINATES', fileName,
    `${fileName}: coordinates ${numbers} are projected metres, not longitude/latitude; give the file's CRS (--crs EPSG:NNNN, or choose it in the import dialog).${proposal}`,
    `${fileName}：坐标 ${numbers} 是投影坐标（米），不是经纬度；请在导入对话框的“坐标系”中选择（命令行用 --crs EPSG:NNNN）。${proposalZh}`);
}

/** China's extent in lon/lat, generously: a reprojection landing outside it used the wrong CRS. */
const CHINA = { west: 73, east: 136, south: 3, north: 54 };

/**
 * Whether the caller's --crs applies to this file: only to one with no CRS of its own (no
 * .prj, no "crs" member, no SRID) whose numbers are not already longitude/latitude; a batch
 * given one --crs for its no-.prj Shapefile must not move its WGS84 GeoJSON. Else a warning.
 */
function optionApplies(fileName: string, chosen: KnownCrs & { code: string }, fromFile: KnownCrs | undefined, sample: Position[]): ImportIssue | undefined {
  if (fromFile) {
    return issue('warning', 'CRS_OPTION_IGNORED', fileName,
      `${fileName}: --crs ${chosen.code} not applied: the file gives its own CRS (${fromFile.code ?? 'its .prj'})`,
      `${fileName}：未采用指定的坐标系 ${chosen.code}：文件自带坐标系（${fromFile.code ?? '.prj'}）`);
  }
  if (!chosen.geographic && sample.length > 0 && !looksProjected(sample)) {
    return issue('warning', 'CRS_OPTION_IGNORED', fileName,
      `${fileName}: --crs ${chosen.code} not applied: the coordinates are already longitude/latitude`,
      `${fileName}：未采用指定的坐标系 ${chosen.code}：坐标已是经纬度`);
  }
  return undefined;
}

/**
 * A CRS that does not fit the numbers gives non-finite results, or (a chosen one) places
 * most of them outside China: said once, with the guess the numbers suggest, not as one
 * "[Infinity, Infinity] is not a number" per feature.
 */
function misfit(fileName: string, source: KnownCrs, from: CrsInfo['from'], sample: Position[], convert: (p: Position) => Position): ImportError | undefined {
  const finite = sample.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (!finite.length) return undefined;
  let bad = 0;
  let example: [Position, Position] | undefined;
  for (const p of finite) {
    const [lon, lat] = convert(p);
    const outside = !Number.isFinite(lon) || !Number.isFinite(lat)
      || (from === 'option' && (lon < CHINA.west || lon > CHINA.east || lat < CHINA.south || lat > CHINA.north));
    if (outside) { bad++; example ??= [p, [lon, lat]]; }
  }
  if (!example || bad / finite.length <= 0.5) return undefined;
  const code = source.code ?? (from === 'prj' ? 'the .prj’s CRS' : 'the given CRS');
  const guess = guessProjectedCrs(finite);
  const offer = guess && guess.code !== source.code ? ` The numbers suggest ${guess.code} (${guess.reason}).` : '';
  const offerZh = guess && guess.code !== source.code ? `坐标数值看起来是 ${guess.code}。` : '';
  const [[x, y], [lon, lat]] = example;
  const lands = Number.isFinite(lon) && Number.isFinite(lat) ? `lands at [${lon.toFixed(4)}, ${lat.toFixed(4)}], outside China` : 'cannot be converted';
  return importError('CRS_MISMATCH', fileName,
    `${fileName}: the coordinates do not fit ${code}: (${x}, ${y}) ${lands}; give the file's CRS (--crs EPSG:NNNN, or choose it in the import dialog).${offer}`,
    `${fileName}：坐标与坐标系 ${code} 不符：（${x}, ${y}） ${Number.isFinite(lon) && Number.isFinite(lat) ? '转换后位于中国范围之外' : '无法转换'}；请指定正确的坐标系（命令行用 --crs EPSG:NNNN）。${offerZh}`);
}

/** Reprojects (and removes a GCJ-02/BD-09 offset) in place of the features' geometries. */
export function toWgs84(
  fileName: string, features: RawFeature[], fromFile: KnownCrs | undefined, options: ReadOptions,
): Result<{ features: RawFeature[]; crs: CrsInfo; issues: ImportIssue[] }, ImportError[]> {
  let source: KnownCrs | undefined = fromFile;
  let from: CrsInfo['from'] = fromFile ? 'prj' : 'assumed';
  const sample = samplePositions(features);
  const issues: ImportIssue[] = [];
  if (options.crs) {
    const chosen = crsFromOption(fileName, options.crs);
    if (!chosen.ok) return chosen;
    const ignored = optionApplies(fileName, chosen.value, fromFile, sample);
    if (ignored) issues.push(ignored);
    else {
      source = chosen.value;
      from = 'option';
    }
  }
  let out = features;
  let reprojected = false;
  if (!source || source.geographic) {
    if (looksProjected(sample)) return err([projectedMessage(fileName, sample)]);
  } else {
    const convert = converterToWgs84(source.proj4);
    const wrong = misfit(fileName, source, from, sample, convert);
    if (wrong) return err([wrong]);
    // 1e-9° is about 0.1 mm: drops the float noise of the inverse projection, keeps survey precision.
    const round = (v: number) => Math.round(v * 1e9) / 1e9;
    const safe = (p: Position) => (Number.isFinite(p[0]) && Number.isFinite(p[1]) ? convert(p).map((v, i) => (i < 2 ? round(v) : v)) : p);
    out = out.map((feature) => mapSafely(feature, safe));
    reprojected = true;
  }
  if (options.datumShift) {
    const shift = removeDatumShift(options.datumShift);
    const safe = (p: Position) => (Number.isFinite(p[0]) && Number.isFinite(p[1]) ? shift(p) : p);
    out = out.map((feature) => mapSafely(feature, safe));
  }
  const crs: CrsInfo = { source: source?.code ?? (source ? CUSTOM_PRJ_CRS : 'EPSG:4326'), from, reprojected };
  if (options.datumShift) crs.datumShift = options.datumShift;
  return ok({ features: out, crs, issues });
}

/** Moves a feature's positions; malformed geometry is left as found for validate.ts to report. */
function mapSafely(feature: RawFeature, fn: (position: Position) => Position): RawFeature {
  try {
    return { ...feature, geometry: mapPositions(feature.geometry, (p) => (Array.isArray(p) ? fn(p) : p)) };
  } catch {
    return feature;
  }
}
