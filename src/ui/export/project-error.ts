/** Why a project file did not open, in the UI's language: one line per issue (its Chinese or English message). */
import type { ImportIssue } from '../../io/types';
import type { Lang } from '../../i18n/strings';

export function projectErrorText(issues: readonly ImportIssue[], lang: Lang): string {
  return issues.map((issue) => (lang === 'zh' ? issue.messageZh || issue.message : issue.message || issue.messageZh)).join('\n');
}
