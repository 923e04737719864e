/**
 * End-to-end harness: serves the built app (dist/) with `vite preview` and drives Debian's
 * Chromium through playwright-core (NOTES.md flags: software WebGL via SwiftShader).
 * Records console errors and every request that leaves localhost.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface AppSession {
  page: Page;
  consoleErrors: string[];
  externalRequests: string[];
  close(): Promise<void>;
}

let server: PreviewServer | null = null;
let browser: Browser | null = null;
let baseUrl = '';

export async function startHarness(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does)');
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  baseUrl = server.resolvedUrls?.local[0] ?? '';
  if (!baseUrl) throw new Error('vite preview did not report its URL');
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ],
  });
}

export async function stopHarness(): Promise<void> {
  await browser?.close();
  await server?.close();
  browser = null;
  server = null;
}

const HARMLESS = [/uniform block reflection failed/i, /GPU stall due to ReadPixels/i, /WebGL: too many errors/i, /Automatic fallback to software WebGL/i];

/** `beforeLoad` runs on the new context before the page is opened (e.g. routes that delay a chunk). */
export async function openApp(hash = '', viewport = { width: 1400, height: 900 }, beforeLoad?: (context: BrowserContext) => Promise<unknown>): Promise<AppSession> {
  if (!browser) throw new Error('startHarness() first');
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await beforeLoad?.(context);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !HARMLESS.some((pattern) => pattern.test(message.text()))) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) externalRequests.push(request.url());
  });
  await page.goto(`${baseUrl}${hash}`);
  await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 60_000 });
  return { page, consoleErrors, externalRequests, close: () => context.close() };
}

/**
 * Waits until the app has settled (src/ui/settled.ts): no analysis running in the worker, and
 * the map has drawn all it was given (AtlasMap.whenDrawn): MapLibre idle, then deck.gl's
 * layers loaded and drawn, which lags MapLibre's idle by about a second (NOTES.md). A
 * condition, not a sleep: on a loaded machine it takes longer, and the tests wait with it.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => (window as any).__atlas.whenSettled());
}

/** Waits until the workspace is saved in IndexedDB (src/ui/persistence.ts whenSaved), e.g. before a reload. */
export async function saved(page: Page): Promise<void> {
  await page.evaluate(() => (window as any).__atlas.whenSaved());
}

/** Clicks the map where `lonLat` is drawn now (page coordinates of the map's canvas). */
export async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  const point = await page.evaluate((at) => {
    const map = (window as unknown as { __atlas: { map: { map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } } } }).__atlas.map.map;
    const { x, y } = map.project(at);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, lonLat);
  await page.mouse.click(point.x, point.y);
}

/** RGBA of the map canvas at a lon/lat, read back from the WebGL drawing buffer. */
export async function pixelAt(page: Page, lonLat: [number, number]): Promise<[number, number, number, number]> {
  return page.evaluate(([lon, lat]) => {
    const atlas = (window as unknown as { __atlas: { map: { map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } } } }).__atlas;
    const map = atlas.map.map;
    const point = map.project([lon, lat]);
    const canvas = map.getCanvas();
    const scale = canvas.width / canvas.clientWidth;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const data = context.getImageData(Math.round(point.x * scale), Math.round(point.y * scale), 1, 1).data;
    return [data[0], data[1], data[2], data[3]] as [number, number, number, number];
  }, lonLat);
}

/** Count of canvas pixels of about `rgb` (±tolerance) in the whole map (its PNG, counted as an export's). */
export async function countColour(page: Page, rgb: [number, number, number], tolerance = 12): Promise<number> {
  const png = await page.evaluate(() => (window as unknown as { __atlas: { map: { map: { getCanvas(): HTMLCanvasElement } } } }).__atlas.map.map.getCanvas().toDataURL('image/png'));
  return countInPng(page, png, rgb, tolerance);
}

/** Pixels of a PNG (a data URL, e.g. an export) within `tolerance` of an RGB, drawn on a canvas in the page. */
export const countInPng = (page: Page, dataUrl: string, rgb: [number, number, number], tolerance = 12) => page.evaluate(async ([url, [r, g, b], tol]) => {
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) <= tol && Math.abs(data[i + 1] - g) <= tol && Math.abs(data[i + 2] - b) <= tol) count++;
  return count;
}, [dataUrl, rgb, tolerance] as const);

/** A cheap fingerprint of the map canvas, to see whether the picture changed. */
export async function canvasFingerprint(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = (window as unknown as { __atlas: { map: { map: { getCanvas(): HTMLCanvasElement } } } }).__atlas.map.map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = 256;
    copy.height = 256;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0, 256, 256);
    const data = context.getImageData(0, 0, 256, 256).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += data[i] * 3 + data[i + 1] * 5 + data[i + 2] * 7;
    return sum;
  });
}

/** Clicks the map at a lon/lat. */
export async function clickLonLat(page: Page, lonLat: [number, number]): Promise<void> {
  const point = await page.evaluate(([lon, lat]) => (window as any).__atlas.map.map.project([lon, lat]), lonLat);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/** The map's deck layers as drawn now: id, item count, and whether culling left it drawn. */
export type DeckLayerSummary = { id: string; items: number; drawn: boolean }[];
export const deckLayers = (page: Page) => page.evaluate(() => (window as any).__atlas.map.deckLayerSummary()) as Promise<DeckLayerSummary>;

/** Jumps the camera (no pitch, no bearing) and waits until the map and deck.gl have drawn it. */
export async function jumpAndSettle(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([lon, lat, z]) => void (window as any).__atlas.map.map.jumpTo({ center: [lon, lat], zoom: z, pitch: 0, bearing: 0 }), [...center, zoom]);
  await settle(page);
}

/** Drops a file over the import size limit on the window: refused before its bytes are read (no 300 MB file needed). */
export async function dropOversizedFile(page: Page): Promise<void> {
  await page.evaluate(() => {
    const file = new File(['x'], 'huge.geojson');
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
    const drop = new Event('drop', { cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
    window.dispatchEvent(drop);
  });
}
