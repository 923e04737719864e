/**
 * 汇报文稿 (PPTX): the scenes as slides a bureau can carry into its own deck in PowerPoint or
 * WPS — a cover with the agenda, then per scene its title, the map as the PNG export draws it (title, legend,
 * scale bar, north arrow, date, source line), its two or three figures, and the speaker's
 * notes in the slide's notes. Pure: it takes what deck-export.ts gathered from the live map,
 * so the unit tests build a real file from fixtures. pptxgenjs writes the XML (and escapes the
 * text: a title or note is never markup).
 */
import type PptxGenJS from 'pptxgenjs';
import type { Lang } from '../../i18n/strings';
import type { Figure } from '../present/scene-figures';

export interface DeckSlide {
  title: string;
  notes: string;
  figures: Figure[];
  /** The map as a PNG data URL with its pixel size; null when the map could not be drawn. */
  image: { dataUrl: string; width: number; height: number } | null;
}

export interface DeckDocument {
  lang: Lang;
  /** The cover's title (the data set's name, else the app's). */
  title: string;
  /** The data's source line, on the cover and every slide's foot (示例数据为虚拟片区 for the demo). */
  source: string;
  /** YYYY-MM-DD. */
  date: string;
  slides: DeckSlide[];
}

type Constructor = new () => PptxGenJS;

/** 16:9, in inches (pptxgenjs's LAYOUT_WIDE). */
const WIDTH = 13.333;
const HEIGHT = 7.5;
const MARGIN = 0.5;
/** The map's box: the left two thirds under the title; the figures take the column beside it. */
const MAP_BOX = { x: MARGIN, y: 1.15, w: 8.9, h: 5.7 };
const FIGURE_X = MAP_BOX.x + MAP_BOX.w + 0.35;
const FIGURE_W = WIDTH - FIGURE_X - MARGIN;
const INK = '1F2933';
const MUTED = '52606D';
const ACCENT = '1565C0';

/** The largest box of the image's aspect within `box`, centred in it. */
export function fitImage(width: number, height: number, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

export async function buildDeckPptx(deck: DeckDocument, Pptx: Constructor): Promise<Uint8Array> {
  const zh = deck.lang === 'zh';
  const fontFace = zh ? 'Microsoft YaHei' : 'Arial';
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = zh ? '老旧小区改造规划图台' : 'Renewal Atlas';
  pptx.company = '';
  const total = deck.slides.length;

  const cover = pptx.addSlide();
  cover.addShape('rect', { x: 0, y: 0, w: WIDTH, h: 0.25, fill: { color: ACCENT }, line: { color: ACCENT } });
  cover.addText(deck.title, { x: MARGIN, y: 2.3, w: WIDTH - 2 * MARGIN, h: 1.2, fontFace, fontSize: 40, bold: true, color: INK });
  const agenda = zh ? `汇报场景 ${total} 个 · ${deck.date}` : `${total} scene${total === 1 ? '' : 's'} · ${deck.date}`;
  cover.addText(agenda, { x: MARGIN, y: 3.6, w: WIDTH - 2 * MARGIN, h: 0.6, fontFace, fontSize: 20, color: MUTED });
  // The agenda: the scenes' titles, numbered, in two columns past six.
  const columns = total > 6 ? 2 : 1;
  const perColumn = Math.ceil(total / columns);
  for (let column = 0; column < columns; column++) {
    const titles = deck.slides.slice(column * perColumn, (column + 1) * perColumn).map((scene, row) => ({
      text: `${column * perColumn + row + 1}. ${scene.title}`, options: { breakLine: true },
    }));
    if (titles.length === 0) continue;
    const w = (WIDTH - 2 * MARGIN) / 2;
    cover.addText(titles, { x: MARGIN + column * w, y: 4.35, w, h: 2.1, fontFace, fontSize: 16, color: INK, valign: 'top', fit: 'shrink' });
  }
  cover.addText(deck.source, { x: MARGIN, y: HEIGHT - 0.9, w: WIDTH - 2 * MARGIN, h: 0.4, fontFace, fontSize: 12, color: MUTED });

  deck.slides.forEach((scene, index) => {
    const slide = pptx.addSlide();
    slide.addText(scene.title, { x: MARGIN, y: 0.3, w: WIDTH - 2 * MARGIN, h: 0.75, fontFace, fontSize: 28, bold: true, color: INK, valign: 'middle' });
    if (scene.image) {
      slide.addImage({ data: scene.image.dataUrl, ...fitImage(scene.image.width, scene.image.height, MAP_BOX) });
    } else {
      slide.addText(zh ? '（地图未能绘制）' : '(the map could not be drawn)', { ...MAP_BOX, fontFace, fontSize: 16, color: MUTED, align: 'center' });
    }
    scene.figures.forEach((figure, row) => {
      const y = MAP_BOX.y + 0.1 + row * 1.55;
      slide.addText(figure.value, { x: FIGURE_X, y, w: FIGURE_W, h: 0.8, fontFace, fontSize: 36, bold: true, color: INK, fit: 'shrink' });
      slide.addText(figure.label, { x: FIGURE_X, y: y + 0.78, w: FIGURE_W, h: 0.5, fontFace, fontSize: 16, color: MUTED });
    });
    slide.addText(deck.source, { x: MARGIN, y: HEIGHT - 0.5, w: WIDTH - 2 * MARGIN - 1.2, h: 0.35, fontFace, fontSize: 10, color: MUTED });
    slide.addText(`${index + 1} / ${total}`, { x: WIDTH - MARGIN - 1.2, y: HEIGHT - 0.5, w: 1.2, h: 0.35, fontFace, fontSize: 10, color: MUTED, align: 'right' });
    if (scene.notes.trim()) slide.addNotes(scene.notes);
  });
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}
