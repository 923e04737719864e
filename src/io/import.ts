/**
 * The whole import without the dialog: read every file, propose or take its role, map and
 * convert its fields, optionally repair, validate. The dialog calls the same steps one by one
 * (readInputs → proposeRole → applyFieldMapping → validateLayer → repairFeatures) so the
 * user can correct each guess; the CLI `import` and `validate` commands call this.
 */
import { applyFieldMapping, proposeRole, ROLE_LABELS, type RoleProposal } from './fields';
import { readInputs } from './read';
import { repairFeatures, type RepairResult } from './repair';
import { importError, TABLE_NAMES, type ImportIssue, type InputFile, type RawFeature, type RawLayer, type ReadOptions, type Role } from './types';
import { validateLayer, type FixName, type ValidationReport } from './validate';
import { LAYER_NAMES } from '../model/layers';

export const ROLES: readonly Role[] = [...LAYER_NAMES, ...TABLE_NAMES];

export interface PrepareOptions extends ReadOptions {
  /** Role per file name (the file's own name, or "zip/inner.shp"), overriding the proposal. */
  roles?: Record<string, Role>;
  /** Column → field corrections per file name: a field, '' to keep the column under its own name, null to leave it out. */
  mappings?: Record<string, Record<string, string | null>>;
  /** Repairs to apply before validating. */
  fixes?: FixName[];
}

export interface PreparedFile {
  fileName: string;
  raw?: RawLayer;
  proposal?: RoleProposal;
  role?: Role;
  mapping?: Record<string, string | null>;
  /** Columns the mapping leaves out (不导入); every other unmapped column is kept under its own name. */
  dropped?: string[];
  /** Features with schema field names, in WGS84; empty when the file could not be read. */
  features: RawFeature[];
  repairs?: RepairResult['counts'];
  report: ValidationReport;
}

function failedReport(fileName: string, role: Role | undefined, issues: ValidationReport['issues']): ValidationReport {
  return {
    fileName, ...(role ? { role } : {}), featureCount: 0, issues,
    errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length,
    fixable: { closeRings: 0, removeDuplicateVertices: 0, rewind: 0, selfIntersections: 0 },
  };
}

/** Looks a file's role up by its full name or its base name ("a/b/小区.zip" or "小区.zip"). */
function lookup<T>(table: Record<string, T> | undefined, fileName: string): T | undefined {
  if (!table) return undefined;
  return table[fileName] ?? table[fileName.split(/[\\/]/).pop() ?? fileName];
}

export async function prepareImport(files: InputFile[], options: PrepareOptions = {}): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  for (const { fileName, result } of await readInputs(files, options)) {
    if (!result.ok) {
      prepared.push({ fileName, features: [], report: failedReport(fileName, lookup(options.roles, fileName), result.error) });
      continue;
    }
    const raw = result.value;
    const proposal = proposeRole(raw);
    const role = lookup(options.roles, fileName) ?? lookup(options.roles, raw.fileName) ?? proposal.role;
    if (!role) {
      const issue = importError('UNKNOWN_ROLE', fileName,
        `${fileName}: cannot tell which layer this is (${proposal.reason}); give it with --role ${fileName}=ROLE (${ROLES.join(', ')}) or choose it in the import dialog`,
        `${fileName}：无法判断图层类型（${proposal.reasonZh}）；请在导入对话框的“图层类型”中选择，命令行则用 --role ${fileName}=ROLE 指定`);
      prepared.push({ fileName, raw, proposal, features: [], report: failedReport(fileName, undefined, [issue, ...raw.issues]) });
      continue;
    }
    const mapped = applyFieldMapping(raw, role, lookup(options.mappings, fileName));
    let features = mapped.features;
    let repairs: RepairResult['counts'] | undefined;
    if (options.fixes?.length) {
      const repaired = repairFeatures(features, options.fixes);
      features = repaired.features;
      repairs = repaired.counts;
    }
    const report = validateLayer({ fileName, role, features, readerIssues: raw.issues, sheet: raw.sheet, csv: raw.format === 'csv' });
    prepared.push({ fileName, raw, proposal, role, mapping: mapped.mapping, dropped: mapped.dropped, features, repairs, report });
  }
  return prepared;
}

/**
 * Ids used again in another file of the same layer: each file validates alone, so two files
 * merged into one layer (two 小区 exports) need this check across them. One error per repeat,
 * naming the later file, its feature and the file that has the id first. Tables are left out:
 * their rows repeat community and building ids by design.
 */
export function crossFileDuplicates(prepared: PreparedFile[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const owners = new Map<string, { fileName: string; index: number }>();
  for (const file of prepared) {
    if (!file.role || (TABLE_NAMES as readonly string[]).includes(file.role)) continue;
    const inThisFile = new Map<string, number>();
    file.features.forEach((feature, index) => {
      const id = feature.properties?.id;
      if (typeof id !== 'string' && typeof id !== 'number') return;
      const key = `${file.role}\u0000${typeof id}:${id}`;
      const first = owners.get(key);
      if (first && first.fileName !== file.fileName) {
        const shown = typeof id === 'string' ? `"${id}"` : String(id);
        issues.push(importError('DUPLICATE_ID_ACROSS_FILES', file.fileName,
          `${file.fileName}: feature #${index + 1} (id ${shown}), field id: id ${shown} is already used by feature #${first.index + 1} of ${first.fileName}; both files are ${file.role}, so the ids must differ`,
          `${file.fileName}：第 ${index + 1} 个要素（编号 ${shown}），字段 编号：编号 ${shown} 已被 ${first.fileName} 的第 ${first.index + 1} 个要素使用；两个文件同属${ROLE_LABELS[file.role!].zh}图层，编号不能重复`,
          { featureIndex: index, featureId: id, field: 'id' }));
      } else if (!first && !inThisFile.has(key)) inThisFile.set(key, index);
    });
    // Registered after the file: repeats within one file are validateLayer's DUPLICATE_ID.
    for (const [key, index] of inThisFile) owners.set(key, { fileName: file.fileName, index });
  }
  return issues;
}

/** One line per issue, for a terminal or a plain-text log. */
export function formatReport(report: ValidationReport, language: 'en' | 'zh' = 'en'): string {
  // A role is shown only once decided: a file that could not be read or told has none.
  // A table (surveys, elevator votes) has rows, as its messages say, not features.
  const table = report.role !== undefined && (TABLE_NAMES as readonly string[]).includes(report.role);
  const head = language === 'zh'
    ? `${report.fileName}${report.role ? `（${report.role}）` : ''}：${report.featureCount} ${table ? '行' : '个要素'}，${report.errors} 个错误，${report.warnings} 个警告`
    : `${report.fileName}${report.role ? ` (${report.role})` : ''}: ${report.featureCount} ${table ? 'rows' : 'features'}, ${report.errors} errors, ${report.warnings} warnings`;
  const fixes = Object.entries(report.fixable).filter(([, n]) => n > 0).map(([fix, n]) => `${fix} ${n}`).join(', ');
  const lines = report.issues.map((i) => `  ${i.severity === 'error' ? 'ERROR' : 'warn '} ${language === 'zh' ? i.messageZh : i.message}`);
  return [head, ...lines, ...(fixes ? [`  fixable: ${fixes}`] : [])].join('\n');
}
