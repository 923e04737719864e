/** Progress bar while an analysis runs in the worker, and its error as text (in the UI's language). */
import type { AnalysisError } from '../../model/types';
import { useLang, useT } from '../i18n';
import { analysisErrorText } from './analysis-error-text';
import type { ParamSpec } from '../components/params';
import type { LayerName } from '../../model/layer-names';

/** Step names the engine reports with its progress, in Chinese. */
const STEP_ZH: Record<string, string> = { elevators: '加装电梯', analyses: '汇总各项分析', residents: '居民意愿' };

interface QueryLike {
  isFetching: boolean;
  error: (Error & { analysisError?: AnalysisError }) | null;
  progress: { fraction: number; note?: string } | null;
}

/**
 * `specs`: the panel's parameters, so that an error names a parameter as the form does.
 * `panelSaysMissing`: layers whose absence the panel states itself as an empty state (没有楼栋图层:
 * 导入或使用示例数据); the analysis's MISSING_LAYER error for them is not repeated as a failure.
 */
export function AnalysisStatus({ query, specs = [], panelSaysMissing = [] }: { query: QueryLike; specs?: readonly ParamSpec[]; panelSaysMissing?: readonly LayerName[] }) {
  const t = useT();
  const lang = useLang();
  const note = query.progress?.note ?? '';
  const fieldLabel = (field: string) => specs.find((spec) => spec.key === field)?.label[lang] ?? field;
  const failure = query.error?.analysisError;
  const saidByPanel = failure?.code === 'MISSING_LAYER' && panelSaysMissing.includes(failure.layer as LayerName);
  const error = query.error && !saidByPanel ? analysisErrorText(failure, query.error.message, lang, fieldLabel) : null;
  const running = `${t('analysis.running')} ${lang === 'zh' ? STEP_ZH[note] ?? note : note}`.trim();
  return (
    <>
      {query.isFetching && (
        // Named as it reads (axe aria-progressbar-name): a screen reader says what is being computed.
        <div className="progress" role="progressbar" aria-label={running} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((query.progress?.fraction ?? 0) * 100)} data-testid="analysis-progress">
          <div className="progress-fill" style={{ width: `${Math.round((query.progress?.fraction ?? 0.05) * 100)}%` }} />
          <span>{running}</span>
        </div>
      )}
      {error && (
        <p className="error" role="alert" data-testid="analysis-error">
          {error.headline}
          {error.detail && <span className="small muted error-detail">{error.detail}</span>}
        </p>
      )}
    </>
  );
}
