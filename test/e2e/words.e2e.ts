/**
 * Words and second cues only the browser shows (audit of the English UI): the inspector on an
 * analysis layer, chart descriptions for screen readers, the English font, lists, plurals and
 * field names, undo titles after a language switch, and the plan sheet's verdict marks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { clickLonLat, jumpAndSettle, openApp, startHarness, stopHarness } from './harness';
import { demoLayers, openGroundIn } from './demo-points';

beforeAll(startHarness);
afterAll(stopHarness);

const RAW_FLOAT = /\d\.\d{4,}/;
const CODES = ['self', 'quasi', 'professional', 'candidate', 'planned', 'approved', 'under_construction', 'completed', 'basic', 'improve', 'enhance'];

describe('words of the English and Chinese UI', () => {
  it('the inspector on an analysis layer reads as the communities layer, its score rounded, its codes in words', async () => {
    const session = await openApp('#analysis=priority');
    const { page } = session;
    await page.getByTestId('priority-panel').locator('table').first().waitFor({ timeout: 110_000 });
    const community = demoLayers().communities.features.find((f) => f.properties.id === 'C0020') as Feature<Polygon>;
    const at = openGroundIn(community)!;
    await jumpAndSettle(page, at, 16.5);
    await clickLonLat(page, at);
    const inspector = page.getByTestId('inspector');
    await inspector.waitFor({ timeout: 10_000 });
    await expect(inspector.locator('strong').first().textContent()).resolves.toBe('小区');
    const rows = await inspector.locator('tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']));
    const byLabel = new Map(rows.map(([label, value]) => [label, value]));
    expect(byLabel.get('优先级得分')).toMatch(/^\d+\.\d\d$/);
    expect(byLabel.get('物业管理')).toMatch(/[\u4e00-\u9fff]/);
    for (const [label, value] of rows) {
      expect(label).not.toMatch(/^[a-z]+[A-Z]/);
      expect(value).not.toMatch(RAW_FLOAT);
      expect(CODES).not.toContain(value);
    }
    expect(byLabel.has('heat')).toBe(false);
    await session.close();
  });

  it('charts are described in the UI language, without raw floats', async () => {
    const session = await openApp('#dashboard=1&lang=en');
    const { page } = session;
    await page.getByTestId('chart-needs').waitFor({ timeout: 110_000 });
    const descriptions = () => page.evaluate(() => [...document.querySelectorAll('.dashboard .chart')].map((chart) => chart.getAttribute('aria-label') ?? ''));
    const english = await descriptions();
    expect(english.length).toBeGreaterThanOrEqual(4);
    for (const text of english) {
      expect(text).not.toMatch(RAW_FLOAT);
      expect(text).not.toMatch(/This is a chart|NaN/);
    }
    expect(english.join('\n')).toMatch(/Residents asking for \(share\)[^\n]*\d+\.\d%/);
    expect(english.join('\n')).toMatch(/¥[\d.,]+ m/);
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    // The charts describe themselves again once ECharts has drawn them in Chinese: each description changes.
    await page.waitForFunction((before) => [...document.querySelectorAll('.dashboard .chart')].every((chart, i) => (chart.getAttribute('aria-label') ?? '') !== before[i]), english);
    const chinese = await descriptions();
    expect(chinese[0]).toMatch(/^各状态小区与户数。小区数：待改造 \d+/);
    for (const text of chinese) expect(text).not.toMatch(/This is a chart|series|the data/);
    await session.close();
  });

  it('English is set in a Latin font: the apostrophe is narrow', async () => {
    const session = await openApp('#lang=en');
    const { page } = session;
    const ratio = await page.evaluate(() => {
      const span = document.createElement('span');
      span.textContent = '’’’’';
      document.querySelector('.header')!.appendChild(span);
      const size = parseFloat(getComputedStyle(span).fontSize);
      const width = span.getBoundingClientRect().width / 4;
      span.remove();
      return width / size;
    });
    expect(ratio).toBeLessThan(0.5);
    await session.close();
  });

  it('English lists take a comma, pooling fields their English names, undo the language on now', async () => {
    const session = await openApp('#analysis=priority&lang=en');
    const { page } = session;
    await page.getByTestId('tab-voice').click();
    const residents = page.getByTestId('residents-view');
    await residents.locator('table').first().waitFor({ timeout: 110_000 });
    const cells = await residents.locator('table').first().innerText();
    expect(cells).not.toContain('、');
    expect(cells).toMatch(/[a-z], [a-z]/);

    await page.getByTestId('analysis-tab-pooling').click();
    const field = page.getByTestId('aggregate-field');
    await field.waitFor({ timeout: 60_000 });
    const options = await field.locator('option').allTextContents();
    expect(options).toContain('year built');
    for (const option of options) expect(option).not.toMatch(/[a-z][A-Z]/);

    await page.getByTestId('layer-more-protected').click();
    await page.getByTestId('layer-remove-protected').click();
    await expect(page.getByTestId('tool-undo').getAttribute('title')).resolves.toBe('Undo: Remove layer Protected (Ctrl+Z)');
    await page.getByTestId('language-switch').click();
    await expect(page.getByTestId('tool-undo').getAttribute('title')).resolves.toBe('撤销：移除图层 保护对象 (Ctrl+Z)');
    await page.getByTestId('tool-undo').click();
    await expect(page.getByTestId('tool-redo').getAttribute('title')).resolves.toBe('重做：移除图层 保护对象 (Ctrl+Shift+Z)');
    await session.close();
  });

  it('the plan sheet says "1 page" and marks its elevator verdicts beyond colour, on the map and in its key', async () => {
    const session = await openApp('#sheet=C0022&lang=en');
    const { page } = session;
    await page.waitForSelector('[data-sheet-ready="true"]', { timeout: 110_000 });
    await expect(page.locator('.sheet-toolbar [role="status"]').textContent()).resolves.toBe('1 page, ready to print');
    const map = page.getByTestId('sheet-map');
    const units = await map.locator('g[data-verdict]').evaluateAll((groups) => groups.map((g) => ({
      verdict: g.getAttribute('data-verdict'),
      pattern: g.querySelector('path[fill^="url("]')?.getAttribute('fill') ?? null,
      mark: g.querySelector('text')?.textContent ?? null,
    })));
    expect(units.length).toBeGreaterThan(0);
    // The key lists the verdicts the map shows, each with its mark (C0022 has no 不可行 unit, so no ✕).
    const marks = { feasible: '✓', conditional: '!', infeasible: '✕' } as const;
    const drawn = (['feasible', 'conditional', 'infeasible'] as const).filter((verdict) => units.some((unit) => unit.verdict === verdict));
    expect(drawn.length).toBeGreaterThan(1);
    await expect(map.locator('.swatch-verdict').allTextContents()).resolves.toEqual(drawn.map((verdict) => marks[verdict]));
    for (const unit of units) {
      // Each verdict unlike the others without colour: plain with ✓, dotted, hatched (marks where the unit has room).
      if (unit.verdict === 'conditional') expect(unit.pattern).toMatch(/^url\(#dots-/);
      if (unit.verdict === 'infeasible') expect(unit.pattern).toMatch(/^url\(#hatch-/);
      if (unit.verdict === 'feasible') expect(unit.pattern).toBeNull();
      if (unit.mark !== null) expect(unit.mark).toBe({ feasible: '✓', conditional: '!', infeasible: '✕' }[unit.verdict!]);
    }
    await session.close();
  });

  it('Chinese text takes full-width punctuation: parameter hints, standards, the plan sheet and the review form', async () => {
    // ASCII , : ; ( ) touching Chinese, or around a standard inside Chinese text ("300 m(GB 50180-2018);GB").
    // "!" is left out: it is the 需协调 mark (✓ ! ✕), not punctuation.
    const asciiInChinese = /[\u4e00-\u9fff][,:;()]|[,:;(][\u4e00-\u9fff]|[a-z0-9]\((?=[^)]*[\u4e00-\u9fff])|\);/;
    const shown = (page: import('playwright-core').Page) => page.evaluate(() => [
      ...document.body.innerText.split('\n'),
      ...[...document.querySelectorAll('[title], [aria-label]')].flatMap((element) => [element.getAttribute('title') ?? '', element.getAttribute('aria-label') ?? '']),
    ]);
    const offending = (lines: string[]) => [...new Set(lines.filter((line) => asciiInChinese.test(line)))];
    const session = await openApp('#analysis=services');
    const { page } = session;
    await page.getByTestId('services-covered').waitFor({ timeout: 110_000 });
    const lines = await shown(page);
    for (const [hash, ready] of [['#analysis=parking', 'parking-modes'], ['#analysis=elevators', 'elevator-feasible']]) {
      await page.evaluate((next) => { window.location.hash = next; }, hash);
      await page.getByTestId(ready).waitFor({ timeout: 110_000 });
      lines.push(...(await shown(page)));
    }
    expect(lines.join('\n')).toContain('依据：');
    await page.evaluate(() => { window.location.hash = '#sheet=C0010'; });
    await page.waitForFunction(() => document.body.innerText.includes('工程估算假设'), undefined, { timeout: 110_000 });
    lines.push(...(await shown(page)));
    await page.evaluate(() => { window.location.hash = '#sheet=C0010&form=review'; });
    await page.getByTestId('review-form-title').waitFor({ timeout: 110_000 });
    await page.waitForFunction(() => document.body.innerText.includes('居民代表'), undefined, { timeout: 110_000 });
    lines.push(...(await shown(page)));
    expect(offending(lines)).toEqual([]);
    await session.close();
  });
});
