/**
 * Elevators in the app (issue 4): coloured footprints, a click shows the unit's reasons,
 * and the shadow view's time slider changes the shadows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centroid } from '@turf/turf';
import { runElevators, unitFootprint } from '../../src/analysis/elevators';
import { loadDataDir } from '../../src/cli/data-dir';
import { canvasFingerprint, clickLonLat, openApp, pixelAt, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

describe('elevator panel', () => {
  it('shows coloured footprints; clicking one shows its reasons and consent numbers by households and floor area', async () => {
    const result = runElevators(loadDataDir('data/demo'));
    if (!result.ok) throw new Error(result.error.message);
    const units = result.value.units;
    let index = units.findIndex((u) => u.status === 'infeasible' && u.reasons.includes('FIRE_LANE'));
    if (index < 0) index = units.findIndex((u) => u.status !== 'feasible');
    const [lon, lat] = centroid(unitFootprint(result.value.footprints, index)).geometry.coordinates as [number, number];
    const session = await openApp(`#analysis=elevators&map=19.5/${lat}/${lon}/0/0&layers=communities`);
    const { page } = session;
    await page.getByTestId('elevator-feasible').waitFor({ timeout: 60_000 });
    // The verdict KPIs keep their colour in a mark; their figures are ink on the card (UX.md: 4.5 : 1).
    for (const status of ['feasible', 'conditional', 'infeasible']) {
      expect(await page.getByTestId(`elevator-${status}`).evaluate((element) => {
        const rgb = (css: string) => css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
        const luminance = (css: string) => {
          const [r, g, b] = rgb(css).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [a, b] = [luminance(getComputedStyle(element).color), luminance(getComputedStyle(element.closest('.kpi')!).backgroundColor)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      }), status).toBeGreaterThanOrEqual(4.5);
    }
    await expect(page.getByTestId('elevator-candidates').textContent()).resolves.toBe(result.value.totals.candidateBuildings.toLocaleString('en-US'));
    await settle(page);
    // The fills come in chunks of about 2 km (one for the demo's district).
    const drawn = await page.evaluate(() => (window as any).__atlas.map.deckLayerSummary().filter((l: any) => l.id.startsWith('elevator-units:')).reduce((sum: number, l: any) => sum + l.items, 0));
    expect(drawn).toBe(result.value.units.length);
    // The footprint shows its own verdict's colour: sampled off its centre (the mark sits there).
    // Toward each corner: both of the footprint's triangles are drawn (they come ready-made, elevator-units.ts).
    for (const corner of unitFootprint(result.value.footprints, index).coordinates[0].slice(0, 4)) {
      const [r, g, b] = await pixelAt(page, [lon + 0.7 * (corner[0] - lon), lat + 0.7 * (corner[1] - lat)]);
      if (units[index].status === 'infeasible') expect(r - Math.max(g, b), `toward ${corner}`).toBeGreaterThan(60);
      else expect(r > 150 && g > 100 && b < 120, `toward ${corner}`).toBe(true);
    }
    // The footprints' layer data, kept to check that a selection does not rebuild it.
    const keepUnitsData = () => page.evaluate(() => {
      const atlas = (window as any).__atlas;
      (atlas.seenUnitsData ??= []).push(atlas.map.analysisLayers.find((layer: any) => layer.id === 'elevator-units:0').props.data);
    });
    await keepUnitsData();
    await clickLonLat(page, [lon, lat]);
    const card = page.getByTestId('unit-card');
    await card.waitFor({ timeout: 10_000 });
    await keepUnitsData();
    expect(await page.evaluate(() => (window as any).__atlas.seenUnitsData[0] === (window as any).__atlas.seenUnitsData[1])).toBe(true);
    const outlined = await page.evaluate(() => (window as any).__atlas.map.deckLayerSummary().find((l: any) => l.id === 'elevator-selected')?.items ?? 0);
    expect(outlined).toBe(1);
    const reasons = await page.getByTestId('unit-reasons').textContent();
    expect(reasons).toMatch(/消防车道|红线|重叠|保护|间距|日照/);
    // The consent numbers by households and by floor area (民法典 art. 278), thresholds in whole ㎡ rounded up.
    const building = result.value.buildings.find((b) => String(b.id) === String(units[index].buildingId))!;
    const squareMetres = (value: number) => `${value.toLocaleString('en-US')} ㎡`;
    const consent = (await page.getByTestId('unit-consent').textContent()) ?? '';
    expect(consent).toContain('民法典');
    expect(consent).toContain(`本楼 ${building.households.toLocaleString('en-US')} 户、建筑面积 ${squareMetres(Math.round(building.floorAreaM2))}`);
    expect(consent).toContain(`需 ≥${building.mustTakePart} 户且 ≥${squareMetres(Math.ceil(building.mustTakePartAreaM2 - 1e-9))} 参与表决`);
    expect(consent).toContain(`其中 ≥${building.mustAgree} 户且 ≥${squareMetres(Math.ceil(building.mustAgreeAreaM2 - 1e-9))} 同意`);
    expect(consent).not.toContain('专有部分面积亦须');
    // Out of view, the units' chunk is hidden (not drawn), its data kept; back in view, drawn again.
    const unitsVisible = () => page.evaluate(() => (window as any).__atlas.map.overlay._props.layers.find((layer: any) => layer.id === 'elevator-units:0').props.visible);
    expect(await unitsVisible()).toBe(true);
    await page.evaluate(([x, y]) => (window as any).__atlas.map.map.jumpTo({ center: [x + 0.3, y] }), [lon, lat]);
    await page.waitForFunction(() => (window as any).__atlas.map.overlay._props.layers.find((layer: any) => layer.id === 'elevator-units:0').props.visible === false);
    await page.evaluate(([x, y]) => (window as any).__atlas.map.map.jumpTo({ center: [x, y] }), [lon, lat]);
    await page.waitForFunction(() => (window as any).__atlas.map.overlay._props.layers.find((layer: any) => layer.id === 'elevator-units:0').props.visible === true);
    await keepUnitsData();
    expect(await page.evaluate(() => (window as any).__atlas.seenUnitsData[0] === (window as any).__atlas.seenUnitsData[2])).toBe(true);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('a bad parameter is named in Chinese, as the form names it, with the engine\'s line beside it', async () => {
    const session = await openApp('#analysis=elevators&date=2025-02-30');
    const { page } = session;
    const error = page.getByTestId('analysis-error');
    await error.waitFor({ timeout: 60_000 });
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('参数有误（日照日期）');
    expect(text).toContain('"2025-02-30" is not a YYYY-MM-DD calendar date');
    await session.close();
  });

  it('moving the time slider changes the shadows', async () => {
    const session = await openApp('#analysis=elevators&map=17/30.314/120.138/0/0&shadow=9');
    const { page } = session;
    await page.getByTestId('shadow-slider').waitFor({ timeout: 60_000 });
    await settle(page);
    const morning = await canvasFingerprint(page);
    await page.getByTestId('shadow-slider').fill('15');
    await expect(page.getByTestId('shadow-time').textContent()).resolves.toBe('15:00');
    await page.waitForFunction(() => location.hash.includes('shadow=15'));
    await settle(page);
    const afternoon = await canvasFingerprint(page);
    expect(afternoon).not.toBe(morning);
    await session.close();
  });
});
