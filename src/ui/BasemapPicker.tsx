/**
 * 底图: none (offline, the default) or an online basemap (basemaps.ts). 天地图 asks for the
 * user's key once; it is kept in this browser only (basemap-key.ts).
 */
import { BASEMAP_IDS, BASEMAP_LABELS, needsKey, parseBasemap } from '../map/basemaps';
import { appStore, useAppState } from '../state/store';
import { setTiandituKey, useTiandituKey } from './basemap-key';
import { useLang } from './i18n';

export function BasemapPicker() {
  const lang = useLang();
  const zh = lang === 'zh';
  const basemap = useAppState((state) => state.basemap);
  const key = useTiandituKey();
  return (
    <div className="basemap-picker">
      <label className="colour-by">{zh ? '底图' : 'Basemap'}
        <select value={basemap} data-testid="basemap" onChange={(event) => appStore.update({ basemap: parseBasemap(event.target.value) })}>
          {BASEMAP_IDS.map((id) => <option key={id} value={id}>{BASEMAP_LABELS[id][lang]}</option>)}
        </select>
      </label>
      {basemap !== 'none' && <p className="small muted">{zh ? '在线底图需联网;未联网时只显示本地图层。' : 'Online basemaps need the internet; offline, only the layers show.'}</p>}
      {needsKey(basemap) && (
        <label className="small">{zh ? '天地图密钥 (tk)' : 'Tianditu key (tk)'}
          <input type="text" data-testid="tianditu-key" value={key} spellCheck={false} autoComplete="off"
            placeholder={zh ? '在 console.tianditu.gov.cn 申请' : 'from console.tianditu.gov.cn'}
            onChange={(event) => setTiandituKey(event.target.value.trim())} />
        </label>
      )}
      {needsKey(basemap) && !key && <p className="small error" data-testid="tianditu-key-missing">{zh ? '需要天地图密钥才能显示该底图(只保存在本浏览器)。' : 'A Tianditu key is needed for this basemap (kept in this browser only).'}</p>}
    </div>
  );
}
