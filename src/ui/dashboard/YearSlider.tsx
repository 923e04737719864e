/** The year slider (2019–2026, widened to the years on record: yearSpan) with play/pause; null means "as recorded now". */
import { useEffect, useState } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../../analysis/status/years';
import { appStore, useAppState } from '../../state/store';
import { useLang } from '../i18n';

export function YearSlider({ first = FIRST_YEAR, last = LAST_YEAR }: { first?: number; last?: number }) {
  const lang = useLang();
  const year = useAppState((state) => state.year);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = appStore.get().year ?? first - 1;
      if (current >= last) setPlaying(false);
      else appStore.update({ year: current + 1 });
    }, 1200);
    return () => clearInterval(timer);
  }, [playing, first, last]);
  return (
    <div className="year-slider">
      <button type="button" data-testid="year-play" onClick={() => {
        if (!playing && (appStore.get().year ?? last) >= last) appStore.update({ year: first });
        setPlaying(!playing);
      }} aria-label={playing ? (lang === 'zh' ? '暂停' : 'Pause') : (lang === 'zh' ? '播放' : 'Play')}>
        {playing ? '❚❚' : '▶'}
      </button>
      <input
        type="range" min={first} max={last} step={1} value={year ?? last}
        data-testid="year-slider"
        aria-label={lang === 'zh' ? '年份' : 'Year'}
        onChange={(event) => appStore.update({ year: Number(event.target.value) })}
      />
      <output data-testid="year-value">{year ?? (lang === 'zh' ? '现状' : 'now')}</output>
      {year !== null && <button type="button" onClick={() => { setPlaying(false); appStore.update({ year: null }); }}>{lang === 'zh' ? '现状' : 'Now'}</button>}
    </div>
  );
}
