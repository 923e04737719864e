/**
 * The radius and least site area the services analysis used, each with its standard: the
 * form's radius hint can only name the life circles (0 = "by type"), and the least area has
 * no field at all, so the type's own sources (standards.ts) are said here.
 */
import type { ServicesParams } from '../../analysis/services';
import type { ServiceType } from '../../model/codes';
import { SERVICE_DEFAULTS } from '../../model/standards';
import { formatCount } from '../../i18n/format';
import { useLang } from '../i18n';

export function TypeStandards({ params, byType }: { params: ServicesParams; byType: boolean }) {
  const lang = useLang();
  const zh = lang === 'zh';
  const defaults = SERVICE_DEFAULTS[params.type as ServiceType];
  // Only the defaults the run used are sourced: a radius or area the planner typed has none.
  const sources = [byType ? defaults?.radiusM.source[lang] : undefined, defaults && params.minAreaM2 === defaults.minAreaM2.value ? defaults.minAreaM2.source[lang] : undefined].filter(Boolean);
  const distance = params.distance === 'network' ? (zh ? '步行网络距离' : 'walking network') : zh ? '直线距离' : 'straight line';
  return (
    <p className="muted small" data-testid="services-standards">
      {zh
        ? `服务半径 ${formatCount(params.radiusM)} m · ${distance} · 新增设施用地 ≥${formatCount(params.minAreaM2)} ㎡`
        : `radius ${formatCount(params.radiusM)} m · ${distance} · new sites ≥ ${formatCount(params.minAreaM2)} m²`}
      {sources.length > 0 && <><br />{zh ? `依据：${sources.join('；')}` : `Sources: ${sources.join('; ')}`}</>}
    </p>
  );
}
