/**
 * The shadow view's switch and time slider (8:00–16:00 true solar time on the chosen day),
 * kept in the URL as `shadow=10.5`.
 */
import { appStore, useAppState } from '../../state/store';
import { useLang } from '../i18n';

export function useShadowHour(): number | null {
  const raw = useAppState((state) => state.params.shadow);
  const hour = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(hour) ? Math.min(16, Math.max(8, hour)) : null;
}

const setShadow = (hour: number | null) =>
  appStore.update((state) => {
    const params = { ...state.params };
    if (hour === null) delete params.shadow;
    else params.shadow = String(hour);
    return { params };
  });

const clock = (hour: number) => `${Math.floor(hour)}:${String(Math.round((hour % 1) * 60)).padStart(2, '0')}`;

export function ShadowControl({ sunAltitude }: { sunAltitude: number | null }) {
  const lang = useLang();
  const hour = useShadowHour();
  return (
    <div className="shadow-control">
      <label>
        <input type="checkbox" data-testid="shadow-toggle" checked={hour !== null} onChange={(event) => setShadow(event.target.checked ? 10 : null)} />
        {lang === 'zh' ? '阴影视图（大寒日）' : 'Shadow view (Major Cold day)'}
      </label>
      {hour !== null && (
        <div className="shadow-slider">
          <input type="range" min={8} max={16} step={0.25} value={hour} data-testid="shadow-slider" aria-label={lang === 'zh' ? '时刻' : 'Time'} onChange={(event) => setShadow(Number(event.target.value))} />
          <output data-testid="shadow-time">{clock(hour)}</output>
          {sunAltitude !== null && <span className="muted small">{lang === 'zh' ? `太阳高度角 ${sunAltitude.toFixed(1)}°` : `sun ${sunAltitude.toFixed(1)}° high`}</span>}
        </div>
      )}
    </div>
  );
}
