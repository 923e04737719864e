/**
 * 导出汇报文稿: visits the scenes one after another on the live map — each scene's layers,
 * analysis and camera, then waits until the analyses have run and the map has drawn them
 * (settled.ts) — draws the map as the PNG export does and reads the scene's figures from the
 * same queries its card uses; then builds the PPTX (deck-pptx.ts, pptxgenjs loaded only now)
 * and hands it to the browser. The view the planner had comes back at the end, also on failure.
 */
import { documentDate } from '../../i18n/format';
import { datasetStore } from '../../data/dataset';
import type { Lang } from '../../i18n/strings';
import { appStore, type AppState } from '../../state/store';
import { frameZoomShift, sceneState } from '../../state/scenes';
import { downloadBytes } from '../download';
import { atlasMap } from '../map-context';
import { figureRequest, sceneFigures } from '../present/scene-figures';
import { sceneQueryClient } from '../present/presenting';
import { whenSettled } from '../settled';
import { analysisQueryOptions, type RunnableName } from '../use-analysis';
import { buildDeckPptx, type DeckSlide } from './deck-pptx';
import { downloadName } from './file-names';
import { drawMapPng } from './map-png';
import { currentMapPngOptions } from './map-png-options';

/**
 * The scene's card figures; none when its analysis fails (a layer the scene needs was removed
 * since): the slide still carries the map and the notes, as the card shows no figures then.
 */
async function figuresOf(state: Partial<AppState>, lang: Lang) {
  const client = sceneQueryClient()!;
  const request = figureRequest(state);
  try {
    const data = await client.fetchQuery(analysisQueryOptions(request.name as RunnableName, datasetStore.get().version, request.params as never));
    return sceneFigures(request.name, data as unknown as Record<string, unknown>, lang);
  } catch {
    return [];
  }
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface DeckExportProgress {
  /** Scenes drawn so far, of `total`; `done === total` while the file is being written. */
  done: number;
  total: number;
}

export async function exportDeck(lang: Lang, onProgress: (progress: DeckExportProgress) => void): Promise<void> {
  const map = atlasMap();
  const client = sceneQueryClient();
  if (!map || !client) throw new Error(lang === 'zh' ? '地图尚未就绪' : 'The map is not ready yet');
  const scenes = appStore.get().scenes;
  const before: AppState = appStore.get();
  const slides: DeckSlide[] = [];
  let source = '';
  try {
    // The slides' maps on the light basemap whatever the UI's theme (深色): white slides, paper.
    await map.lightFor(async () => {
      for (const [index, scene] of scenes.entries()) {
        onProgress({ done: index, total: scenes.length });
        // The panels stay as they are (the map keeps its size); the camera is the scene's, shown
        // at the map's present size as the presenter shows it (the same area as when it was saved).
        const { panels: _panels, ...state } = sceneState(scene);
        const container = map.map.getContainer();
        if (state.camera && scene.frame) state.camera = { ...state.camera, zoom: state.camera.zoom + frameZoomShift(scene.frame, [container.clientWidth, container.clientHeight]) };
        appStore.update(state);
        await whenSettled(map, client);
        const options = currentMapPngOptions(lang);
        source ||= options.source;
        const canvas = drawMapPng(map.map, options);
        slides.push({
          title: scene.title,
          notes: scene.notes,
          figures: await figuresOf(state, lang),
          image: canvas.width > 0 && canvas.height > 0 ? { dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height } : null,
        });
      }
    });
  } finally {
    appStore.update(before);
  }
  onProgress({ done: scenes.length, total: scenes.length });
  const { default: Pptx } = await import('pptxgenjs');
  const date = documentDate();
  const title = lang === 'zh' ? '老旧小区改造规划汇报' : 'Old residential community renovation: the review';
  const bytes = await buildDeckPptx({ lang, title, source, date, slides }, Pptx);
  downloadBytes(bytes, downloadName('deck', lang), PPTX_TYPE);
}
