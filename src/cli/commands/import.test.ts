/** `import` through main(): files of one layer that share an id are refused and nothing is written. */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main';

const DEMO = join(import.meta.dirname, '../../../data/demo');

afterEach(() => vi.restoreAllMocks());

describe('import (CLI)', () => {
  it('refuses the same ids in two files of one layer, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    copyFileSync(join(DEMO, 'communities.geojson'), join(dir, '小区二.geojson'));
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (errors.push(String(chunk)), true));
    const out = join(dir, 'out');
    expect(await main(['import', join(DEMO, 'communities.geojson'), join(dir, '小区二.geojson'), '--out', out])).toBe(2);
    const lines = errors.join('').trimEnd().split('\n');
    expect(lines[0]).toBe('小区二.geojson: feature #1 (id "C0001"), field id: id "C0001" is already used by feature #1 of communities.geojson; both files are communities, so the ids must differ');
    expect(lines.at(-2)).toBe('… and 20 more ids used in two files');
    expect(lines.at(-1)).toBe(`(nothing written to ${out})`);
    expect(existsSync(out)).toBe(false);
  });
});
