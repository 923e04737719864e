import { appStore, useAppState } from '../state/store';
import { useDataset } from './use-dataset';
import { useT } from './i18n';
import { ImportEntry } from './import/ImportEntry';
import { ExportMenu } from './export/ExportMenu';
import { PresentButton } from './present/PresentButton';
import { PlanSheetEntry } from './plan-sheet/PlanSheetEntry';
import { demoNotice } from './demo-notice';
import { themeStore, useTheme } from './theme';

export function Header() {
  const t = useT();
  const lang = useAppState((state) => state.lang);
  const panels = useAppState((state) => state.panels);
  const notice = demoNotice(useDataset(), lang);
  const theme = useTheme();
  const toggle = (panel: keyof typeof panels) => appStore.update((state) => ({ panels: { ...state.panels, [panel]: !state.panels[panel] } }));
  return (
    <header className="header">
      <h1 className="title">{t('app.title')}</h1>
      {notice && <span className="demo-badge" data-testid="demo-badge" title={notice}>{notice}</span>}
      <nav className="header-nav" aria-label={t('nav.main')}>
        <button type="button" aria-pressed={panels.left} onClick={() => toggle('left')}>{t('nav.layers')}</button>
        <button type="button" aria-pressed={panels.right} onClick={() => toggle('right')}>{t('nav.analysis')}</button>
        <button type="button" aria-pressed={panels.bottom} data-testid="toggle-dashboard" onClick={() => toggle('bottom')}>{t('nav.dashboard')}</button>
        <PresentButton />
      </nav>
      <div className="header-tools">
        <ImportEntry />
        <ExportMenu />
        <PlanSheetEntry />
        <button type="button" className="theme-switch" data-testid="theme-switch" aria-pressed={theme === 'dark'} title={t('nav.darkTitle')} onClick={themeStore.toggle}>
          {t('nav.dark')}
        </button>
        {/* Named by its visible text (EN / 中, in that language) and then what it does, in the UI's. */}
        <button
          type="button"
          className="language-switch"
          data-testid="language-switch"
          lang={lang === 'zh' ? 'en' : 'zh'}
          onClick={() => appStore.update({ lang: lang === 'zh' ? 'en' : 'zh' })}
        >
          {t('nav.language')}<span className="visually-hidden" lang={lang === 'zh' ? 'zh-CN' : 'en'}> {t('nav.languageLabel')}</span>
        </button>
      </div>
    </header>
  );
}
