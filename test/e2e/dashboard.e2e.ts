/**
 * Status, dashboard and pooling (issue 6): the year slider changes the map; clicking a
 * status in the chart filters the map and goes into the URL; the charts carry Chinese
 * labels; the pooling table and its arcs appear.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPooling } from '../../src/analysis/pooling';
import { runDashboard } from '../../src/analysis/status';
import { loadDataDir } from '../../src/cli/data-dir';
import { canvasFingerprint, openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const displayed = (page: import('playwright-core').Page) => page.evaluate(() => {
  const map = (window as any).__atlas.map.map;
  const features = map.querySourceFeatures('communities');
  const byStatus: Record<string, number> = {};
  let dimmed = 0;
  const seen = new Set();
  for (const feature of features) {
    if (seen.has(feature.properties.id)) continue;
    seen.add(feature.properties.id);
    const status = feature.properties.displayStatus ?? feature.properties.renovationStatus;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (feature.properties.dimmed === true) dimmed++;
  }
  return { byStatus, dimmed };
});

describe('dashboard', () => {
  it('opens with the dashboard: the bar and the year slider at once, the charts after the map is ready; dashboard=0 closes it', async () => {
    const session = await openApp();
    const { page } = session;
    // At data-atlas-ready (openApp waits for it) the bar is there; the charts come after.
    expect(await page.getByTestId('dashboard').isVisible()).toBe(true);
    expect(await page.getByTestId('year-slider').isVisible()).toBe(true);
    await page.getByTestId('chart-status').waitFor({ timeout: 60_000 });
    const order = await page.evaluate(() => {
      const ready = performance.getEntriesByName('atlas-ready')[0]?.startTime ?? null;
      const chunk = performance.getEntriesByType('resource').find((entry) => /\/assets\/DashboardCharts-[^/]*\.js$/.test(entry.name));
      return { ready, chunk: chunk?.startTime ?? null };
    });
    expect(order.ready).not.toBeNull();
    expect(order.chunk).not.toBeNull();
    expect(order.chunk!).toBeGreaterThanOrEqual(order.ready!);
    // Closing it goes into the URL as dashboard=0, and such a link opens without it.
    await page.getByTestId('toggle-dashboard').click();
    await page.waitForFunction(() => location.hash.includes('dashboard=0'));
    expect(await page.getByTestId('dashboard').count()).toBe(0);
    await session.close();
    const closed = await openApp('#dashboard=0');
    expect(await closed.page.getByTestId('dashboard').count()).toBe(0);
    expect(await closed.page.getByTestId('toggle-dashboard').getAttribute('aria-pressed')).toBe('false');
    await closed.close();
  });

  it('the year slider changes the map', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByTestId('chart-status').waitFor({ timeout: 60_000 });
    await settle(page);
    const before = await canvasFingerprint(page);
    await page.getByTestId('year-slider').fill('2019');
    await expect(page.getByTestId('year-value').textContent()).resolves.toBe('2019');
    await page.waitForFunction(() => location.hash.includes('year=2019'));
    await settle(page);
    const layers = loadDataDir('data/demo');
    const expected = (year: number) => {
      const result = runDashboard(layers, { year });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.byStatus;
    };
    const in2019 = await displayed(page);
    expect(in2019.byStatus.completed ?? 0).toBe(expected(2019).completed.communities);
    expect(in2019.byStatus.candidate ?? 0).toBe(expected(2019).candidate.communities);
    expect(await canvasFingerprint(page)).not.toBe(before);
    await page.getByTestId('year-slider').fill('2026');
    await settle(page);
    const in2026 = await displayed(page);
    expect(in2026.byStatus.completed ?? 0).toBe(expected(2026).completed.communities);
    expect(expected(2026).completed.communities).toBeGreaterThan(expected(2019).completed.communities);
    await session.close();
  });

  it('clicking a status bar filters the map, the filter is in the URL, and the charts speak Chinese', async () => {
    // An older link that opened the dashboard with dashboard=1 still opens it.
    const session = await openApp('#dashboard=1');
    const { page } = session;
    const chart = page.getByTestId('chart-status');
    await chart.waitFor({ timeout: 60_000 });
    // The chart's categories are drawn on canvas; ECharts' aria description carries them as text.
    const description = await page.evaluate(() => document.querySelector('[data-testid="chart-status"] [aria-label]')?.getAttribute('aria-label') ?? document.querySelector('[data-testid="chart-status"]')?.getAttribute('aria-label') ?? '');
    expect(description).toContain('已完工');
    expect(description).toContain('待改造');
    await expect(page.locator('.dashboard figcaption').first().textContent()).resolves.toContain('小区');
    // Residents' voice in the dashboard: needs per item and the elevator votes.
    await page.getByTestId('chart-needs').waitFor({ timeout: 60_000 });
    await page.getByTestId('chart-votes').waitFor();
    // Click the 已完工 bar: the last category of five, in the chart's plot area, once ECharts
    // has drawn it (its bars grow in: clicked before, the click could fall above a bar).
    await page.locator('[data-testid="chart-status"][data-drawn="true"]').waitFor();
    const box = (await chart.boundingBox())!;
    const plotLeft = box.x + 40;
    const plotRight = box.x + box.width - 50;
    const x = plotLeft + ((plotRight - plotLeft) * 4.5) / 5;
    for (const y of [box.y + box.height - 30, box.y + box.height - 40, box.y + box.height - 50]) {
      await page.mouse.click(x, y);
      if (page.url().includes('filter=status')) break;
    }
    await page.waitForFunction(() => location.hash.includes('filter=status:completed'), undefined, { timeout: 10_000 });
    await settle(page);
    const shown = await displayed(page);
    expect(shown.dimmed).toBeGreaterThan(0);
    await page.getByTestId('clear-filter').click();
    await page.waitForFunction(() => !location.hash.includes('filter='));
    // A district filter (a funding bar's click) names the district on its chip, not its code.
    const district = loadDataDir('data/demo').districts!.features[0].properties as { id: string; name: string };
    await page.evaluate((id) => { location.hash = `#dashboard=1&filter=district:${id}`; }, district.id);
    await expect(page.getByTestId('clear-filter').textContent()).resolves.toContain(district.name);
    await session.close();
  });

  it('asks for the residents\' charts (their few figures, not a priority run) only while a survey or votes table is loaded', async () => {
    const session = await openApp();
    const { page } = session;
    const asked = () => page.evaluate(() => (window as any).__atlas.analysesAsked() as { name: string; version: number }[]);
    // The demo has both tables: its charts come from the residents overview, and no priority run
    // (whose every building with its votes the page would receive) is asked for them.
    await page.getByTestId('chart-needs').waitFor({ timeout: 110_000 });
    expect((await asked()).map((query) => query.name)).toContain('residentsOverview');
    expect((await asked()).map((query) => query.name)).not.toContain('priority');
    // Communities of one's own, no tables (the import replaces the demo): no priority run for them.
    await page.getByTestId('import-input').setInputFiles({ name: '小区-gbk-nocpg.zip', mimeType: 'application/zip', buffer: readFileSync('test/fixtures/bad-input/小区-gbk-nocpg.zip') });
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('chart-status').waitFor({ timeout: 60_000 });
    await settle(page);
    const after = await asked();
    const latest = Math.max(...after.map((query) => query.version));
    const forImport = after.filter((query) => query.version === latest).map((query) => query.name);
    expect(forImport).toContain('dashboard');
    expect(forImport).not.toContain('residentsOverview');
    expect(await page.getByTestId('chart-needs').count()).toBe(0);
    await session.close();
  });

  it('the same filter from the keyboard: the 状态 and 片区 selects, shown in the URL, the chip and the map', async () => {
    const session = await openApp();
    const { page } = session;
    const status = page.getByTestId('filter-status');
    await status.focus();
    // A keyboard user picks an option with the arrow keys: 全部 → 待改造 → 已纳入计划.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.hash.includes('filter=status:planned'));
    await expect(page.getByTestId('clear-filter').textContent()).resolves.toContain('已纳入计划');
    await settle(page);
    expect((await displayed(page)).dimmed).toBeGreaterThan(0);
    const district = loadDataDir('data/demo').districts!.features[1].properties as { id: string; name: string };
    await page.getByTestId('filter-district').selectOption({ label: district.name });
    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`district:${id}`), district.id);
    // The chip clears both, and the selects say 全部 again.
    await page.getByTestId('clear-filter').click();
    await page.waitForFunction(() => !location.hash.includes('filter='));
    expect([await status.inputValue(), await page.getByTestId('filter-district').inputValue()]).toEqual(['', '']);
    await session.close();
  });
});

describe('status layers', () => {
  it('colours communities by category, by a content item and by property management', async () => {
    const session = await openApp('#map=15.5/30.3115/120.1385/0/0');
    const { page } = session;
    await settle(page);
    const byStatus = await canvasFingerprint(page);
    await page.getByTestId('colour-by').selectOption('category');
    await page.waitForFunction(() => location.hash.includes('colour=category'));
    await expect(page.getByTestId('legend-communities').textContent()).resolves.toContain('基础类');
    await settle(page);
    const byCategory = await canvasFingerprint(page);
    expect(byCategory).not.toBe(byStatus);
    await page.getByTestId('colour-by').selectOption('item:elevator');
    await expect(page.getByTestId('legend-communities').textContent()).resolves.toContain('含加装电梯');
    await page.getByTestId('colour-by').selectOption('propertyManagement');
    await expect(page.getByTestId('legend-communities').textContent()).resolves.toContain('准物业');
    await settle(page);
    expect(await canvasFingerprint(page)).not.toBe(byCategory);
    await session.close();
  });
});

describe('district pooling', () => {
  it('shows the per-district table and arcs between districts', async () => {
    const expected = await runPooling(loadDataDir('data/demo'));
    if (!expected.ok) throw new Error(expected.error.message);
    const session = await openApp('#analysis=pooling');
    const { page } = session;
    await page.getByTestId('pooling-table').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="pooling-table"] tbody tr').count()).toBe(expected.value.districts.length);
    await settle(page);
    const arcs = await page.evaluate(() => (window as any).__atlas.map.deckLayerSummary().find((l: any) => l.id === 'pooling-arcs')?.items ?? 0);
    expect(arcs).toBe(expected.value.flows.filter((f) => f.fromDistrictId !== null && f.toDistrictId !== null && f.fromDistrictId !== f.toDistrictId).length);
    expect(arcs).toBeGreaterThan(0);
    // The choropleth's table names the districts as the table above does (not by id).
    await page.getByTestId('aggregate-table').waitFor({ timeout: 60_000 });
    const names = expected.value.districts.flatMap((row) => (row.name ? [row.name] : []));
    expect(names.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="aggregate-table"] tr td:first-child').allTextContents()).toEqual(expect.arrayContaining(names));
    // The field list in Chinese names fields only in Chinese, the key on hover (as the inspector does).
    const built = page.locator('[data-testid="aggregate-field"] option[value="builtYear"]');
    await expect(built.textContent()).resolves.toBe('建成年代');
    await expect(built.getAttribute('title')).resolves.toBe('builtYear');
    await session.close();
  });
});
