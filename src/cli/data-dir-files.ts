/**
 * What a data folder holds besides the layer files `analyze` reads (DESIGN §4: the file names of
 * §2). A layer under another name (idle-land.geojson, 小区.geojson, a zipped Shapefile) was
 * silently left out, and the analysis ran as if the layer were absent: parking with no idle
 * land gave capacity 0, a plausible wrong result. Each such file is named, with the layer file
 * it may have meant to be or the command that converts it.
 */
import { extensionOf } from '../io/text';
import { TABLE_FILES } from '../io/types';
import { LAYER_FILES } from '../model/layers';
import { editDistance } from './args';

/** Files `analyze` reads or expects beside the layers: the tables, their workbooks, the demo's manifest. */
const KNOWN_OTHERS = new Set([
  ...Object.values(TABLE_FILES),
  ...Object.values(TABLE_FILES).map((name) => name.replace(/\.csv$/, '.xlsx')),
  'manifest.json',
]);

/** Extensions of files that hold layer data in some form. */
const GEOJSON = new Set(['geojson', 'json']);
const OTHER_DATA = new Set(['zip', 'shp', 'csv', 'xlsx', 'xls', 'kml', 'gpkg']);

/** "Idle-Land", "idleLand", "idle land" → "idle_land": the ways a layer's name gets written. */
function normalised(base: string): string {
  return base.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().replace(/[\s-]+/g, '_');
}

/** The layer file a misnamed GeoJSON most likely is, when its name is close to one. */
export function intendedLayerFile(fileName: string): string | undefined {
  const base = normalised(fileName.replace(/\.[^.]*$/, ''));
  const layerFiles = Object.values(LAYER_FILES);
  // The singular too: building, facility.
  const forms = [base, `${base}s`, `${base.replace(/y$/, 'ie')}s`];
  const exact = layerFiles.find((file) => forms.includes(file.replace(/\.geojson$/, '')));
  if (exact) return exact;
  // A typo of one or two letters (comunities, facilites); nothing further, or any name would match.
  return layerFiles.find((file) => editDistance(base, file.replace(/\.geojson$/, '')) <= 2);
}

/**
 * One line per file in `names` (a folder's entries) that looks like layer data but is not a
 * layer file `analyze` reads; `path` gives a file's path for the message.
 */
export function unreadDataFiles(names: readonly string[], path: (name: string) => string): string[] {
  const layerFiles = new Set(Object.values(LAYER_FILES));
  const lines: string[] = [];
  for (const name of [...names].sort()) {
    if (layerFiles.has(name) || KNOWN_OTHERS.has(name) || name.startsWith('.')) continue;
    const extension = extensionOf(name);
    if (GEOJSON.has(extension)) {
      const meant = intendedLayerFile(name);
      lines.push(meant
        ? `${path(name)}: not read: analyze reads the layer files by their names (DESIGN §2); if this is that layer, rename it ${meant}`
        : `${path(name)}: not read: analyze reads only the layer files ${Object.values(LAYER_FILES).join(', ')}; rename it to the one it is`);
    } else if (OTHER_DATA.has(extension)) {
      lines.push(`${path(name)}: not read: analyze reads GeoJSON layer files; convert it first with npm run atlas -- import ${path(name)} --out DIR`);
    }
  }
  return lines;
}
