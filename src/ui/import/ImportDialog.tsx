/**
 * The import dialog (issue 7): files are read in the worker; for each, the proposed role and
 * column mapping can be corrected, the CRS given when the file does not say, GCJ-02/BD-09
 * offsets removed, simple repairs chosen (counted, never silent), and the validation report
 * read — before anything replaces a loaded layer. All file text is shown as text. A polygon
 * file that sits a GCJ-02/BD-09 shift away from the loaded layers gets a warning with a button
 * that sets the offset option (src/io/offset.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FixName, ImportIssue, InputFile, PreparedFile, Role } from '../../io';
import { ROLES } from '../../io/import';
import { tableCsv } from '../../io/write/csv';
import { fieldAliases } from '../../io/fields';
import type { ImportMode } from '../../data/dataset';
import { importLayers } from '../../data/import-edit';
import { sourceOfImport, type TableSources } from '../../data/table-sources';
import { importNote } from '../../data/edit-notes';
import type { LayerSet } from '../../model/types';
import { discardImportInWorker, prepareImportInWorker } from '../../worker/import-client';
import { tableTextOf } from '../../worker/stash-keys';
import { ImportProgressBar } from './ImportProgressBar';
import { IssueList } from './IssueList';
import { importReferenceIssues } from './import-references';
import { useLang, useT } from '../i18n';
import { countNoun, formatCount } from '../../i18n/format';
import { COMMON_CRS, crsText, ROLE_LABELS, sheetText } from './role-labels';
import { TABLE_FILES, type TableName } from '../../io/types';
import { detectDatumOffset, vertexCount, vertexSample, type DatumOffsetResult } from '../../io/offset';
import { LAYER_GEOMETRY, LAYER_NAMES, type LayerName } from '../../model/layer-names';
import { useDataset } from '../use-dataset';
import { flyToLayers } from '../map-context';
import { useModalFocus } from '../components/focus';

/** Above this many vertices the check would hold up the dialog's main thread; it is skipped. */
const OFFSET_CHECK_MAX_VERTICES = 50_000;
const isPolygonLayer = (role: Role | undefined): role is LayerName => Boolean(role && role in LAYER_GEOMETRY && LAYER_GEOMETRY[role as LayerName].includes('Polygon'));

/**
 * Offset findings per file: each polygon file is compared with the loaded layer of the same
 * role (the same features, the clearest evidence), else with every loaded polygon layer.
 */
function offsetFindings(prepared: PreparedFile[] | null, loaded: LayerSet): Record<string, DatumOffsetResult> {
  const findings: Record<string, DatumOffsetResult> = {};
  const polygonLayers = LAYER_NAMES.filter((name) => isPolygonLayer(name) && loaded[name]?.features.length);
  if (!polygonLayers.length) return findings;
  for (const file of prepared ?? []) {
    if (!isPolygonLayer(file.role) || !file.features.length) continue;
    // Lazily: a province's 240k buildings stop the count after a few thousand features.
    const geometries = { *[Symbol.iterator]() { for (const feature of file.features) yield feature.geometry; } };
    if (vertexCount(geometries, OFFSET_CHECK_MAX_VERTICES) > OFFSET_CHECK_MAX_VERTICES) continue;
    const references = loaded[file.role]?.features.length ? [file.role] : polygonLayers;
    const reference = vertexSample(references.flatMap((name) => (loaded[name]?.features ?? []).map((feature) => feature.geometry)));
    const result = detectDatumOffset(vertexSample(geometries), reference);
    if (result.likely) findings[file.fileName] = result;
  }
  return findings;
}

const FIXES: { name: FixName; zh: string; en: string }[] = [
  { name: 'closeRings', zh: '闭合环', en: 'close rings' },
  { name: 'removeDuplicateVertices', zh: '删除重复顶点', en: 'remove duplicate vertices' },
  { name: 'rewind', zh: '统一环方向', en: 'fix winding order' },
  { name: 'selfIntersections', zh: '修复自相交', en: 'repair self-intersections' },
];

export function ImportDialog({ files, rejected = [], onClose, returnFocus }: { files: InputFile[]; rejected?: ImportIssue[]; onClose(): void; returnFocus?(): HTMLElement | null }) {
  const lang = useLang();
  const t = useT();
  const dialog = useRef<HTMLDivElement>(null);
  // Cancelled (×, 取消, Esc): the workers let go of the files and what they prepared from them.
  const cancel = () => {
    discardImportInWorker(files);
    onClose();
  };
  // Modal for the keyboard too: focus inside, Tab kept inside, Esc is Cancel, focus back on close.
  useModalFocus(dialog, cancel, returnFocus);
  const zh = lang === 'zh';
  const [roles, setRoles] = useState<Record<string, Role>>({});
  const [mappings, setMappings] = useState<Record<string, Record<string, string | null>>>({});
  const [fixes, setFixes] = useState<FixName[]>([]);
  const [crs, setCrs] = useState('');
  const [datumShift, setDatumShift] = useState<'' | 'gcj02' | 'bd09'>('');
  const [prepared, setPrepared] = useState<PreparedFile[] | null>(null);
  const [busy, setBusy] = useState(false);
  const { layers: loaded, source } = useDataset();
  const [mode, setMode] = useState<ImportMode>('replace');
  // Only while no offset option is chosen: once converted the data is compared no more.
  const offsets = useMemo(() => (datumShift ? {} : offsetFindings(prepared, loaded)), [prepared, loaded, datumShift]);

  useEffect(() => {
    let cancelled = false;
    setBusy(true);
    prepareImportInWorker(files, { roles, mappings, fixes, crs: crs || undefined, datumShift: datumShift || undefined })
      .then((result) => { if (!cancelled) setPrepared(result); })
      .catch((error: Error) => { if (!cancelled) setPrepared([{ fileName: files.map((f) => f.name).join(', '), features: [], report: { fileName: '', role: 'communities', featureCount: 0, errors: 1, warnings: 0, issues: [{ severity: 'error', code: 'READ_FAILED', fileName: '', message: error.message, messageZh: error.message }], fixable: { closeRings: 0, removeDuplicateVertices: 0, rewind: 0, selfIntersections: 0 } } }]); })
      .finally(() => { if (!cancelled) setBusy(false); });
    return () => { cancelled = true; };
  }, [files, roles, mappings, fixes, crs, datumShift]);

  const needsCrs = prepared?.some((file) => file.report.issues.some((i) => i.code === 'NO_PRJ' || i.code === 'PROJECTED_COORDINATES'));
  const suggested = useMemo(() => {
    const text = prepared?.flatMap((file) => file.report.issues.map((i) => i.message)).join(' ') ?? '';
    return /EPSG:\d{4,5}/.exec(text.replace(/--crs EPSG:NNNN/g, '').replace(/e\.g\. EPSG:4549 for[^)]*/g, ''))?.[0] ?? '';
  }, [prepared]);
  const ready = useMemo(() => prepared?.filter((file) => file.report.errors === 0 && file.role && file.features.length > 0) ?? [], [prepared]);
  // Over the demo, map layers ask whether the fictional rest goes; a table alone (surveys,
  // votes) belongs to the loaded communities and buildings, so it always keeps them.
  const overDemo = source === 'demo' && ready.some((file) => file.role !== 'surveys' && file.role !== 'elevatorVotes');
  const references = useMemo(() => importReferenceIssues(loaded, ready, overDemo ? mode : 'keep'), [loaded, ready, overDemo, mode]);

  const apply = () => {
    const layers: Partial<LayerSet> = {};
    const tables: Record<string, string> = {};
    const sources: TableSources = {};
    for (const file of ready) {
      if (file.role === 'surveys' || file.role === 'elevatorVotes') {
        const table = TABLE_FILES[file.role as TableName];
        // Written in the worker when it prepared the file (import-stash.ts); here only for files prepared on the page.
        tables[table] = tableTextOf.get(file.features) ?? tableCsv(file.features);
        sources[table] = sourceOfImport(file);
      } else (layers as Record<string, unknown>)[file.role!] = { type: 'FeatureCollection', features: file.features };
    }
    importLayers(layers, tables, overDemo ? mode : 'keep', importNote(ready.map((file) => file.fileName)), sources);
    // The planner's own data may lie far from what was shown (another city): go to it.
    flyToLayers(layers);
    onClose();
  };

  return (
    <div className="modal-backdrop" role="presentation">
      <div className="modal" ref={dialog} tabIndex={-1} role="dialog" aria-modal="true" aria-label={zh ? '导入数据' : 'Import data'} data-testid="import-dialog">
        {/* Divs, not <header>/<footer>: those would make a second banner and a contentinfo (axe landmark rules). */}
        <div className="modal-head">
          <h2>{zh ? '导入数据' : 'Import data'}</h2>
          <button type="button" onClick={cancel} aria-label={zh ? '关闭' : 'Close'}>×</button>
        </div>
        <p className="small muted" data-testid="import-formats">{t('import.formats')}</p>
        <div className="import-options">
          <label>{zh ? '坐标系' : 'CRS'}
            <select value={crs} onChange={(event) => setCrs(event.target.value)} data-testid="import-crs">
              <option value="">{zh ? '按文件（.prj）' : 'from the file (.prj)'}</option>
              {COMMON_CRS.map((option) => <option key={option.code} value={option.code}>{option.code} {zh ? option.zh : option.en}</option>)}
            </select>
          </label>
          {needsCrs && suggested && !crs && <button type="button" className="button" onClick={() => setCrs(suggested)} data-testid="import-use-suggested">{zh ? `采用推测的 ${suggested}` : `Use the likely ${suggested}`}</button>}
          <label>{zh ? '偏移坐标' : 'Offset'}
            <select value={datumShift} onChange={(event) => setDatumShift(event.target.value as typeof datumShift)}>
              <option value="">{zh ? '无(WGS84/CGCS2000)' : 'none'}</option>
              <option value="gcj02">{zh ? '高德 GCJ-02 → WGS84' : 'Amap GCJ-02 → WGS84'}</option>
              <option value="bd09">{zh ? '百度 BD-09 → WGS84' : 'Baidu BD-09 → WGS84'}</option>
            </select>
          </label>
          <span className="fixes">{zh ? '修复：' : 'Repairs:'} {FIXES.map((fix) => (
            <label key={fix.name}><input type="checkbox" checked={fixes.includes(fix.name)} onChange={(event) => setFixes(event.target.checked ? [...fixes, fix.name] : fixes.filter((f) => f !== fix.name))} />{zh ? fix.zh : fix.en}</label>
          ))}</span>
        </div>
        {rejected.length > 0 && <ul className="issues">{rejected.map((issue, i) => <li key={i} className="error">{zh ? issue.messageZh : issue.message}</li>)}</ul>}
        {busy && <ImportProgressBar zh={zh} />}
        {prepared?.map((file) => (
          <section key={file.fileName} className="import-file" data-testid="import-file">
            <h3>{file.fileName}
              <span className={file.report.errors ? 'badge bad' : 'badge good'}>{file.report.errors ? (zh ? `${file.report.errors} 个错误` : countNoun(file.report.errors, 'error')) : (zh ? `可导入 ${file.features.length} 个要素` : `${countNoun(file.features.length, 'feature')} ready`)}</span>
            </h3>
            {file.raw && <p className="small muted" data-testid="import-file-format">{file.raw.format}{file.raw.sheet ? ` · ${sheetText(file.raw.sheet, zh)}` : ''} · {file.raw.encoding} · {crsText(file.raw.crs, zh)}</p>}
            {file.raw && (
              <label>{zh ? '图层类型' : 'Layer'}{' '}
                <select value={file.role ?? ''} data-testid="import-role" onChange={(event) => setRoles({ ...roles, [file.fileName]: event.target.value as Role })}>
                  {!file.role && <option value="">—</option>}
                  {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role][lang]}</option>)}
                </select>
                {file.proposal && <span className="small muted"> {zh ? '推测依据' : 'because'}: {zh ? file.proposal.reasonZh : file.proposal.reason}</span>}
              </label>
            )}
            {offsets[file.fileName] && (
              <ul className="issues" data-testid="import-offset-warning"><li className="warning">
                {zh ? offsets[file.fileName].messageZh : offsets[file.fileName].message}{' '}
                <button type="button" className="button" onClick={() => setDatumShift(offsets[file.fileName].likely!)}>{zh ? '转换为 WGS84' : 'Convert to WGS84'}</button>
              </li></ul>
            )}
            {file.mapping && file.role && <FieldMapping file={file} role={file.role} onChange={(column, field) => setMappings({ ...mappings, [file.fileName]: { ...mappings[file.fileName], [column]: field } })} />}
            {file.repairs && <p className="small" data-testid="import-repairs">{zh ? '已修复：' : 'Repaired: '}{FIXES.filter((fix) => fixes.includes(fix.name)).map((fix) => `${zh ? fix.zh : fix.en} ${formatCount(file.repairs![fix.name] ?? 0)}`).join(' · ')}</p>}
            {file.report.issues.length > 0 && <IssueList issues={file.report.issues} fileName={file.fileName} zh={zh} />}
          </section>
        ))}
        {references.length > 0 && (
          <section className="import-file" data-testid="import-references">
            <h3>{zh ? '图层间编号核对' : 'References between layers'}</h3>
            <IssueList issues={references} fileName={zh ? '图层间编号' : 'references'} zh={zh} testId="references" />
          </section>
        )}
        <div className="modal-foot">
          {overDemo ? (
            <fieldset className="import-mode" data-testid="import-mode">
              <legend className="small muted">{zh ? '当前为示例数据（虚拟片区）' : 'The demo (a fictional district) is loaded'}</legend>
              <label><input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} data-testid="import-mode-replace" />{zh ? '只用导入的数据（移除示例数据）' : 'Use only the imported data (drop the demo)'}</label>
              <label><input type="radio" name="import-mode" checked={mode === 'keep'} onChange={() => setMode('keep')} data-testid="import-mode-keep" />{zh ? '保留示例数据的其他图层' : "Keep the demo's other layers"}</label>
            </fieldset>
          ) : (
            <span className="small muted">{zh ? '只有无错误的文件会替换对应图层，其余已加载图层保持不变。' : 'Only files without errors replace their layer; every other loaded layer stays.'}</span>
          )}
          <button type="button" className="button" onClick={cancel}>{zh ? '取消' : 'Cancel'}</button>
          <button type="button" className="button primary" disabled={busy || ready.length === 0} onClick={apply} data-testid="import-apply">{zh ? `导入 ${ready.length} 个文件` : `Import ${countNoun(ready.length, 'file')}`}</button>
        </div>
      </div>
    </div>
  );
}

/** The select's value for 不导入 (not a field name; '' is 保留原列名, the column kept under its own name). */
const DROP = '\u0000drop';

/** Each column's choice: a field, 保留原列名 ('' override) or 不导入 (null override); only the user's choices are sent. */
function FieldMapping({ file, role, onChange }: { file: PreparedFile; role: Role; onChange(column: string, field: string | null): void }) {
  const lang = useLang();
  const fields = Object.keys(fieldAliases(role));
  const mapping = file.mapping ?? {};
  const dropped = new Set(file.dropped ?? []);
  return (
    <details className="field-mapping" open={Object.values(mapping).some((v) => v === null)}>
      <summary>{lang === 'zh' ? '字段对应' : 'Field mapping'} ({Object.values(mapping).filter(Boolean).length}/{Object.keys(mapping).length})</summary>
      <table className="data-table"><tbody>
        {Object.entries(mapping).map(([column, field]) => (
          <tr key={column}><td>{column}</td><td>→</td><td>
            <select value={dropped.has(column) ? DROP : field ?? ''} data-testid={`map-${column}`} onChange={(event) => onChange(column, event.target.value === DROP ? null : event.target.value)}>
              <option value="">{lang === 'zh' ? '（保留原列名）' : '(keep as is)'}</option>
              <option value={DROP}>{lang === 'zh' ? '（不导入）' : '(drop)'}</option>
              {fields.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </td></tr>
        ))}
      </tbody></table>
    </details>
  );
}
