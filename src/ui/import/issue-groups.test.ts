import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../io';
import { groupIssues } from './issue-groups';

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
});
