import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../io';
import { groupIssues, issueRows } from './issue-groups';
import { csvText } from '../../io/write/csv';

const issue = (severity: 'error' | 'warning', code: string, featureIndex: number): ImportIssue =>
  ({ severity, code, fileName: 'a.geojson', featureIndex, message: `${code} #${featureIndex}`, messageZh: `${code} 第${featureIndex}个` });

describe('groupIssues', () => {
  it('one group per severity and code, in order of first appearance, errors first', () => {
    const issues = [issue('warning', 'DUPLICATE_VERTEX', 1), issue('warning', 'DUPLICATE_VERTEX', 2), issue('error', 'MISSING_ID', 3), issue('warning', 'UNCLOSED', 4), issue('warning', 'DUPLICATE_VERTEX', 5)];
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.severity, g.code, g.issues.map((i) => i.featureIndex)])).toEqual([
      ['error', 'MISSING_ID', [3]],
      ['warning', 'DUPLICATE_VERTEX', [1, 2, 5]],
      ['warning', 'UNCLOSED', [4]],
    ]);
  });

  it('nothing to group, nothing listed', () => {
    expect(groupIssues([])).toEqual([]);
  });

  it("the CSV of the report: a row per issue, errors first, features counted from 1, a file's text never a formula", () => {
    const issues = [issue('warning', 'DUPLICATE_VERTEX', 0), { ...issue('error', 'DUPLICATE_ID', 4), featureId: '=HYPERLINK("x")', field: 'id' }];
    const rows = issueRows(issues, true);
    expect(rows).toEqual([
      { 文件: 'a.geojson', 要素序号: 5, 编号: '=HYPERLINK("x")', 字段: 'id', 级别: '错误', 问题代码: 'DUPLICATE_ID', 问题: 'DUPLICATE_ID 第4个' },
      { 文件: 'a.geojson', 要素序号: 1, 编号: '', 字段: '', 级别: '警告', 问题代码: 'DUPLICATE_VERTEX', 问题: 'DUPLICATE_VERTEX 第0个' },
    ]);
    expect(issueRows(issues, false)[0]).toMatchObject({ feature: 5, severity: 'error' });
    expect(csvText(rows, { escapeFormulae: true })).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
