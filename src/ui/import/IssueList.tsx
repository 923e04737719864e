/**
 * A file's validation report in the import dialog: one line per kind of issue (issue-groups.ts),
 * the first occurrence in words and, behind it, every other feature it concerns. File text
 * reaches the page as React text only.
 */
import type { ImportIssue } from '../../io';
import { writeCsv } from '../../io/write/csv';
import { downloadBytes } from '../download';
import { groupIssues, issueRows } from './issue-groups';

/** Features listed under one kind of issue; past this the rest are counted. */
const LISTED = 200;

/** `testId` names the list for the e2e tests (the dialog's references check has a list of its own). */
export function IssueList({ issues, fileName, zh, testId = 'import' }: { issues: readonly ImportIssue[]; fileName: string; zh: boolean; testId?: string }) {
  const text = (issue: ImportIssue) => (zh ? issue.messageZh : issue.message);
  // For whoever keeps the data (a street office, a surveyor): every issue, to fix at the source.
  const exportList = () => {
    const base = fileName.replace(/\.[^.]+$/, '');
    downloadBytes(writeCsv(issueRows(issues, zh), { escapeFormulae: true }), `${base}-${zh ? '问题清单' : 'issues'}.csv`, 'text/csv;charset=utf-8');
  };
  return (
    <>
    <button type="button" className="button small" data-testid={`${testId}-issues-csv`} onClick={exportList}>{zh ? `导出问题清单（CSV，${issues.length} 条）` : `Export the issues (CSV, ${issues.length})`}</button>
    <ul className="issues" data-testid={`${testId}-issues`}>
      {groupIssues(issues).map((group) => {
        const [first, ...others] = group.issues;
        if (others.length === 0) return <li key={`${group.severity}:${group.code}`} className={group.severity}>{text(first)}</li>;
        return (
          <li key={`${group.severity}:${group.code}`} className={group.severity} data-testid={`${testId}-issue-group`}>
            <details>
              <summary>{text(first)} <span className="issue-count">{zh ? `（同类问题共 ${group.issues.length} 处）` : `(${group.issues.length} like it in all)`}</span></summary>
              <ul>
                {others.slice(0, LISTED).map((issue, i) => <li key={i}>{text(issue)}</li>)}
                {others.length > LISTED && <li>{zh ? `…… 另有 ${others.length - LISTED} 处` : `… ${others.length - LISTED} more`}</li>}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
    </>
  );
}
