/** The year slider (2019–2026) with play/pause; null means "as recorded now". */
import { useEffect, useState } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../../analysis/status';
import { appStore, useAppState } from '../../state/store';
import { useLang } from '../i18n';

export function YearSlider() {
  const lang = useLang();
  const year = useAppState((state) => state.year);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = appStore.get().year ?? FIRST_YEAR - 1;
      if (current >= LAST_YEAR) setPlaying(false);
      else appStore.update({ year: current + 1 });
    }, 1200);
    return () => clearInterval(timer);
  }, [playing]);
  return (
    <div className="year-slider">
      <button type="button" data-testid="year-play" onClick={() => {
        if (!playing && (appStore.get().year ?? LAST_YEAR) >= LAST_YEAR) appStore.update({ year: FIRST_YEAR });
        setPlaying(!playing);
      }} aria-label={playing ? (lang === 'zh' ? '暂停' : 'Pause') : (lang === 'zh' ? '播放' : 'Play')}>
        {playing ? '❚❚' : '▶'}
      </button>
      <input
        type="range" min={FIRST_YEAR} max={LAST_YEAR} step={1} value={year ?? LAST_YEAR}
        data-testid="year-slider"
        aria-label={lang === 'zh' ? '年份' : 'Year'}
        onChange={(event) => appStore.update({ year: Number(event.target.value) })}
      />
      <output data-testid="year-value">{year ?? (lang === 'zh' ? '现状' : 'now')}</output>
      {year !== null && <button type="button" onClick={() => { setPlaying(false); appStore.update({ year: null }); }}>{lang === 'zh' ? '现状' : 'Now'}</button>}
    </div>
  );
}
