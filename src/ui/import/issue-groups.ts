/**
 * The validation report as the dialog lists it: issues of one kind (code and severity) come
 * together as one line with their count, errors first. Real files repeat one defect across
 * hundreds of features (duplicate vertices in OpenStreetMap outlines); a line per feature
 * buried the one error that mattered under them.
 */
import type { ImportIssue } from '../../io';

export interface IssueGroup {
  severity: ImportIssue['severity'];
  code: string;
  /** In report order; the first stands for the group. */
  issues: ImportIssue[];
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1 };

/** Groups by severity and code, each group where its first issue appears; errors before the rest. */
export function groupIssues(issues: readonly ImportIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.code}`;
    const group = groups.get(key);
    if (group) group.issues.push(issue);
    else groups.set(key, { severity: issue.severity, code: issue.code, issues: [issue] });
  }
  return [...groups.values()].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 2) - (SEVERITY_ORDER[b.severity] ?? 2));
}

/**
 * The report as rows for a CSV a data owner can work through (问题清单): one row per issue,
 * feature numbers counted from 1 as the dialog says them, errors first.
 */
export function issueRows(issues: readonly ImportIssue[], zh: boolean): Record<string, string | number>[] {
  const columns = zh
    ? { file: '文件', feature: '要素序号', id: '编号', field: '字段', severity: '级别', code: '问题代码', message: '问题' }
    : { file: 'file', feature: 'feature', id: 'id', field: 'field', severity: 'severity', code: 'code', message: 'issue' };
  const severity = (value: ImportIssue['severity']) => (zh ? (value === 'error' ? '错误' : '警告') : value);
  return groupIssues(issues).flatMap((group) => group.issues).map((issue) => ({
    [columns.file]: issue.fileName,
    [columns.feature]: issue.featureIndex === undefined ? '' : issue.featureIndex + 1,
    [columns.id]: issue.featureId === undefined ? '' : String(issue.featureId),
    [columns.field]: issue.field ?? '',
    [columns.severity]: severity(issue.severity),
    [columns.code]: issue.code,
    [columns.message]: zh ? issue.messageZh : issue.message,
  }));
}
