/**
 * 导出: the map view as PNG; any layer as GeoJSON, zipped Shapefile (.prj, .cpg), CSV or Excel
 * with Chinese headers; every loaded layer and table as one Excel workbook; the whole workspace as a project file, and opening one; going back to
 * the demo.
 */
import { useRef, useState } from 'react';
import Papa from 'papaparse';
import { writeGeoJson } from '../../io/write/geojson';
import { writeCsv } from '../../io/write/csv';
import { writeShapefileZip } from '../../io/write/shapefile';
import { flattenRow, writeXlsx, type XlsxSheet } from '../../io/write/xlsx';
import { parseProject, serialiseProject } from '../../io/project-file';
import type { RawFeature, TableName } from '../../io/types';
import { LAYER_FILES, LAYER_LABELS, LAYER_NAMES, type LayerName } from '../../model/layer-names';
import type { LayerSet } from '../../model/types';
import { datasetStore, replaceDataset } from '../../data/dataset';
import { manifestFromProjectState, manifestToProjectState } from '../../data/project-manifest';
import { appStore } from '../../state/store';
import { scenesFromProject, scenesToProject } from '../../state/scenes';
import { stateFromHash, hashFromState } from '../../state/url';
import { atlasMap } from '../map-context';
import { backToDemo } from '../persistence';
import { downloadBytes } from '../download';
import { useDataset } from '../use-dataset';
import { useLang } from '../i18n';
import { renderMapPng } from './map-png';
import { currentMapPngOptions } from './map-png-options';
import type { Lang } from '../../i18n/strings';
import { projectErrorText } from './project-error';
import { ROLE_LABELS } from '../import/role-labels';
import { downloadName, layerFileBase } from './file-names';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Nested values (a community's funding) become their own columns, which have Chinese headers. */
const layerSheet = (layers: LayerSet, name: LayerName): XlsxSheet => ({
  name: LAYER_LABELS[name].zh, role: name,
  rows: (layers[name]?.features ?? []).map((feature) => flattenRow({ ...(feature.properties as Record<string, unknown>) })),
});

/** 导出全部表格: one sheet per loaded layer, then the two tables, sheet names in Chinese. */
export function exportAllTables(lang: Lang) {
  const dataset = datasetStore.get();
  const sheets: XlsxSheet[] = LAYER_NAMES.filter((name) => dataset.layers[name]).map((name) => layerSheet(dataset.layers, name));
  for (const table of ['surveys', 'elevatorVotes'] as const) {
    const rows = csvRows(dataset.tables[TABLE_FILE[table]]);
    if (rows?.length) sheets.push({ name: ROLE_LABELS[table].zh, role: table, rows });
  }
  downloadBytes(writeXlsx(sheets), downloadName('tables', lang), XLSX_TYPE);
}

const TABLE_FILE: Record<TableName, string> = { surveys: 'surveys.csv', elevatorVotes: 'elevator_votes.csv' };
const csvRows = (text: string | undefined) => (text ? (Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, dynamicTyping: true }).data) : undefined);

export function saveProjectFile(lang: Lang) {
  const dataset = datasetStore.get();
  const state = appStore.get();
  const camera = state.camera;
  const text = serialiseProject({
    name: String(dataset.manifest?.name ?? 'Renewal Atlas'),
    layers: dataset.layers as never,
    tables: { surveys: csvRows(dataset.tables[TABLE_FILE.surveys]), elevatorVotes: csvRows(dataset.tables[TABLE_FILE.elevatorVotes]) },
    view: camera ? { center: [camera.longitude, camera.latitude], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch } : {},
    // The demo's layers kept next to imported data keep their notice, and the imported tables their sources (project-manifest.ts).
    state: { hash: hashFromState(state), source: dataset.source, ...manifestToProjectState(dataset) },
    scenes: scenesToProject(state.scenes),
  });
  downloadBytes(new TextEncoder().encode(text), downloadName('project', lang), 'application/json');
}

export function openProjectText(fileName: string, text: string, lang: Lang): string | null {
  const parsed = parseProject(fileName, text);
  if (!parsed.ok) return projectErrorText(parsed.error, lang);
  const project = parsed.value;
  const tables: Record<string, string> = {};
  for (const [name, rows] of Object.entries(project.tables)) if (rows?.length) tables[TABLE_FILE[name as TableName]] = Papa.unparse(rows);
  replaceDataset(project.layers as LayerSet, project.state.source === 'demo' ? 'demo' : 'imported', project.state.source === 'demo' ? datasetStore.get().manifest : manifestFromProjectState(project.state), tables);
  appStore.update({ ...stateFromHash(String(project.state.hash ?? '#')), scenes: scenesFromProject(project.scenes) });
  return null;
}

export default function ExportActions() {
  const lang = useLang();
  const zh = lang === 'zh';
  const { layers, source } = useDataset();
  const [layer, setLayer] = useState<LayerName>('communities');
  const [message, setMessage] = useState<string | null>(null);
  const projectInput = useRef<HTMLInputElement>(null);

  const features = () => (layers[layer]?.features ?? []) as RawFeature[];
  const base = layerFileBase(layer, lang);
  // On the light basemap whatever the UI's theme (深色): the PNG goes into documents and print.
  const exportPng = async () => {
    const map = atlasMap();
    if (!map) return;
    const url = await map.lightFor(() => renderMapPng(map.map, currentMapPngOptions(lang)));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = downloadName('map', lang);
    anchor.click();
  };

  return (
    <>
          <button type="button" onClick={() => void exportPng()} data-testid="export-png">{zh ? '地图 PNG（含标题、图例、比例尺、指北针）' : 'Map as PNG (title, legend, scale, north)'}</button>
          <div className="menu-row">
            <select value={layer} onChange={(event) => setLayer(event.target.value as LayerName)} aria-label={zh ? '图层' : 'Layer'}>
              {LAYER_NAMES.filter((name) => layers[name]).map((name) => <option key={name} value={name}>{LAYER_LABELS[name][lang]}</option>)}
            </select>
            <button type="button" onClick={() => downloadBytes(writeGeoJson(features()), `${base}.geojson`, 'application/geo+json')}>GeoJSON</button>
            <button type="button" onClick={() => downloadBytes(/* the .shp/.dbf inside keep the layer's file name */ writeShapefileZip(LAYER_FILES[layer].replace(/\.geojson$/, ''), features()).zip, `${base}.zip`, 'application/zip')}>Shapefile</button>
            <button type="button" onClick={() => downloadBytes(writeCsv(features().map((f) => ({ ...f.properties })), { role: layer }), `${base}.csv`, 'text/csv')}>CSV</button>
            <button type="button" data-testid="export-xlsx" onClick={() => downloadBytes(writeXlsx([layerSheet(layers, layer)]), `${base}.xlsx`, XLSX_TYPE)}>Excel</button>
          </div>
          <button type="button" onClick={() => exportAllTables(lang)} data-testid="export-all-xlsx">{zh ? '导出全部表格（Excel）' : 'All tables (Excel)'}</button>
          <button type="button" onClick={() => saveProjectFile(lang)} data-testid="save-project">{zh ? '保存工程文件' : 'Save project file'}</button>
          <button type="button" onClick={() => projectInput.current?.click()}>{zh ? '打开工程文件' : 'Open project file'}</button>
          <input ref={projectInput} type="file" hidden accept=".json" data-testid="open-project" onChange={async (event) => {
            const file = event.target.files?.[0];
            if (file) setMessage(openProjectText(file.name, await file.text(), lang));
            event.target.value = '';
          }} />
          {source !== 'demo' && (
            <button type="button" data-testid="back-to-demo" onClick={() => void backToDemo()}>{zh ? '恢复示例数据' : 'Back to the demo data'}</button>
          )}
          {message && <p className="error small" role="alert">{message}</p>}
    </>
  );
}
