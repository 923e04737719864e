/** Progress bar while an analysis runs in the worker, and its error as text. */
import { useT } from '../i18n';

interface QueryLike {
  isFetching: boolean;
  error: Error | null;
  progress: { fraction: number; note?: string } | null;
}

export function AnalysisStatus({ query }: { query: QueryLike }) {
  const t = useT();
  return (
    <>
      {query.isFetching && (
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((query.progress?.fraction ?? 0) * 100)} data-testid="analysis-progress">
          <div className="progress-fill" style={{ width: `${Math.round((query.progress?.fraction ?? 0.05) * 100)}%` }} />
          <span>{t('analysis.running')} {query.progress?.note ?? ''}</span>
        </div>
      )}
      {query.error && (
        <p className="error" role="alert" data-testid="analysis-error">
          {t('analysis.failed')}: {query.error.message}
        </p>
      )}
    </>
  );
}
