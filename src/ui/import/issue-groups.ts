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
