/**
 * 底图: none (offline, the default) or an online basemap (basemaps.ts). 天地图 asks for the
 * user's key once, the bureau's own tile server for its XYZ template; both are kept in this
 * browser only (basemap-key.ts).
 */
import { BASEMAP_IDS, BASEMAP_LABELS, BASEMAP_NONE_HINT, customUrlProblem, needsKey, needsUrl, parseBasemap } from '../map/basemaps';
import { appStore, useAppState } from '../state/store';
import { setBasemapSetting, useBasemapSettings } from './basemap-key';
import { useLang } from './i18n';

export function BasemapPicker() {
  const lang = useLang();
  const zh = lang === 'zh';
  const basemap = useAppState((state) => state.basemap);
  const { tiandituKey, customUrl } = useBasemapSettings();
  const urlProblem = needsUrl(basemap) && customUrl ? customUrlProblem(customUrl) : null;
  return (
    <div className="basemap-picker">
      <label className="colour-by">{zh ? '底图' : 'Basemap'}
        <select value={basemap} data-testid="basemap" title={basemap === 'none' ? BASEMAP_NONE_HINT[lang] : undefined} onChange={(event) => appStore.update({ basemap: parseBasemap(event.target.value) })}>
          {BASEMAP_IDS.map((id) => <option key={id} value={id}>{BASEMAP_LABELS[id][lang]}</option>)}
        </select>
      </label>
      {basemap !== 'none' && <p className="small muted">{zh ? '在线底图需联网；未联网时只显示本地图层。' : 'Online basemaps need the internet; offline, only the layers show.'}</p>}
      {needsKey(basemap) && (
        <label className="small">{zh ? '天地图密钥（tk）' : 'Tianditu key (tk)'}
          <input type="text" data-testid="tianditu-key" value={tiandituKey} spellCheck={false} autoComplete="off"
            placeholder={zh ? '在 console.tianditu.gov.cn 申请' : 'from console.tianditu.gov.cn'}
            onChange={(event) => setBasemapSetting('tiandituKey', event.target.value.trim())} />
        </label>
      )}
      {needsKey(basemap) && !tiandituKey && <p className="small error" data-testid="tianditu-key-missing">{zh ? '需要天地图密钥才能显示该底图（只保存在本浏览器）。' : 'A Tianditu key is needed for this basemap (kept in this browser only).'}</p>}
      {needsUrl(basemap) && (
        <label className="small">{zh ? '瓦片地址模板' : 'Tile URL template'}
          <input type="text" data-testid="custom-tiles" value={customUrl} spellCheck={false} autoComplete="off"
            placeholder="https://…/{z}/{x}/{y}.png"
            onChange={(event) => setBasemapSetting('customUrl', event.target.value.trim())} />
        </label>
      )}
      {needsUrl(basemap) && (!customUrl || urlProblem) && (
        <p className="small error" data-testid="custom-tiles-problem">
          {urlProblem ? urlProblem[lang] : zh ? '填写本单位瓦片服务的 XYZ 地址（只保存在本浏览器）。' : 'Give your tile server\'s XYZ template (kept in this browser only).'}
        </p>
      )}
    </div>
  );
}
