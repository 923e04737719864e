import { describe, expect, it } from 'vitest';
import { analysisErrorText } from './analysis-error-text';

describe('analysis errors in the UI language', () => {
  it('a missing layer: which one, its file, and what to do; the engine line kept as detail', () => {
    const message = 'buildings.geojson: the buildings layer is required for the elevator analysis';
    expect(analysisErrorText({ code: 'MISSING_LAYER', layer: 'buildings', message }, message, 'zh')).toEqual({
      headline: '缺少楼栋图层（buildings.geojson）：请导入，或使用示例数据', detail: message,
    });
  });

  it('a bad parameter names its field, as the form does when it can', () => {
    const error = { code: 'INVALID_PARAM', field: 'minFloors', message: 'minFloors: must be ≥ 1' };
    expect(analysisErrorText(error, error.message, 'zh').headline).toBe('参数有误（minFloors）：请检查上方参数');
    expect(analysisErrorText(error, error.message, 'zh', (field) => (field === 'minFloors' ? '最低层数' : field)).headline).toBe('参数有误（最低层数）：请检查上方参数');
  });

  it('English, or an error without a code, as it is', () => {
    expect(analysisErrorText({ code: 'MISSING_LAYER', layer: 'buildings', message: 'x' }, 'x', 'en')).toEqual({ headline: 'Analysis failed: x', detail: null });
    expect(analysisErrorText(undefined, 'worker crashed', 'zh')).toEqual({ headline: '分析失败: worker crashed', detail: null });
    expect(analysisErrorText({ code: 'ANALYSIS_FAILED', message: 'y' }, 'y', 'zh')).toEqual({ headline: '分析失败', detail: 'y' });
  });
});
