import { describe, expect, it } from 'vitest';
import { parseProject } from '../../io/project-file';
import { projectErrorText } from './project-error';

describe('projectErrorText', () => {
  const parsed = parseProject('bad.atlas.json', '{"version": 1, "layers": ');
  const issues = parsed.ok ? [] : parsed.error;

  it('tells why a project file did not open in English in the English UI', () => {
    expect(issues.length).toBeGreaterThan(0);
    const text = projectErrorText(issues, 'en');
    expect(text).toContain('bad.atlas.json');
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('and in Chinese in the Chinese UI', () => {
    expect(projectErrorText(issues, 'zh')).toMatch(/[\u4e00-\u9fff]/);
  });
});
