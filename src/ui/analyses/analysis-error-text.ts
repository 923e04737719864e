/**
 * An analysis's error in the UI's language. The engine's messages are English (the CLI's);
 * the codes and the layer or field they carry say enough to tell a planner what to do in
 * Chinese, with the engine's own line kept beside it for whoever reports the problem.
 */
import type { AnalysisError } from '../../model/types';
import { LAYER_FILES, LAYER_LABELS, type LayerName } from '../../model/layer-names';
import type { Lang } from '../../i18n/strings';

export interface ErrorText {
  /** What happened and what to do, in the UI's language. */
  headline: string;
  /** The engine's message, when the headline does not already say it. */
  detail: string | null;
}

/** `fieldLabel` names a parameter as the panel's form does (最低层数 for minFloors). */
export function analysisErrorText(
  error: Pick<AnalysisError, 'code' | 'message' | 'layer' | 'field'> | undefined, message: string, lang: Lang, fieldLabel: (field: string) => string = (field) => field,
): ErrorText {
  if (lang !== 'zh' || !error) return { headline: `${lang === 'zh' ? '分析失败' : 'Analysis failed'}: ${message}`, detail: null };
  const layer = error.layer && (error.layer as LayerName) in LAYER_LABELS ? (error.layer as LayerName) : null;
  switch (error.code) {
    case 'MISSING_LAYER':
      return layer
        ? { headline: `缺少${LAYER_LABELS[layer].zh}图层（${LAYER_FILES[layer]}）：请导入，或使用示例数据`, detail: message }
        : { headline: '缺少所需图层：请导入，或使用示例数据', detail: message };
    case 'INVALID_PARAM':
    case 'BAD_PARAMETER':
      return { headline: `参数有误${error.field ? `（${fieldLabel(error.field)}）` : ''}：请检查上方参数`, detail: message };
    case 'MISSING_FIELD':
      return { headline: `数据缺少字段${error.field ? ` ${error.field}` : ''}${layer ? `（${LAYER_LABELS[layer].zh}）` : ''}`, detail: message };
    default:
      return { headline: '分析失败', detail: message };
  }
}
