/**
 * The last step of every reader: bring coordinates to WGS84 lon/lat. A known source CRS (from
 * the .prj or the caller's option) is reprojected; an unknown one is assumed lon/lat unless
 * the numbers are clearly metres, which is refused with a proposed zone (DESIGN §6).
 */
import type { Position } from 'geojson';
import { err, ok, type Result } from '../../model/types';
import { converterToWgs84, crsDefinition, guessProjectedCrs, looksProjected, mapPositions, positionsOf, removeDatumShift, SUPPORTED_CRS_HINT } from '../crs';
import { importError, type CrsInfo, type ImportError, type ImportIssue, type RawFeature, type ReadOptions } from '../types';

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

/** Reprojects (and removes a GCJ-02/BD-09 offset) in place of the features' geometries. */
export function toWgs84(
  fileName: string, features: RawFeature[], fromFile: KnownCrs | undefined, options: ReadOptions,
): Result<{ features: RawFeature[]; crs: CrsInfo; issues: ImportIssue[] }, ImportError[]> {
  let source: KnownCrs | undefined = fromFile;
  let from: CrsInfo['from'] = fromFile ? 'prj' : 'assumed';
  if (options.crs) {
    const chosen = crsFromOption(fileName, options.crs);
    if (!chosen.ok) return chosen;
    source = chosen.value;
    from = 'option';
  }
  const sample = samplePositions(features);
  const issues: ImportIssue[] = [];
  let out = features;
  let reprojected = false;
  if (!source || source.geographic) {
    if (looksProjected(sample)) return err([projectedMessage(fileName, sample)]);
  } else {
    const convert = converterToWgs84(source.proj4);
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
  const crs: CrsInfo = { source: source?.code ?? (source ? 'custom (.prj)' : 'EPSG:4326'), from, reprojected };
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
