/**
 * A Shapefile without its .dbf: the advice fits how it came. Loose parts were told to "add the
 * .dbf to the zip" though there was no zip (mbostock's polygons.shp given alone).
 */
import { unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '.';

const zip = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/bad-input/no-dbf-communities.zip')));
const shpOf = () => Object.entries(unzipSync(zip)).find(([name]) => name.toLowerCase().endsWith('.shp'))!;

const messageOf = async (files: { name: string; bytes: Uint8Array }[]) => {
  const [outcome] = await readInputs(files);
  return outcome.result.ok ? '' : outcome.result.error[0].message;
};

describe('a Shapefile without its .dbf', () => {
  it('loose: asks for the .dbf beside the .shp', async () => {
    expect(await messageOf([{ name: '小区.shp', bytes: shpOf()[1] }])).toBe('小区.shp: the .dbf part is missing, so the features have no attributes (id); give 小区.dbf with it (both files at once)');
  });
  it('zipped: asks for the .dbf in the zip', async () => {
    const rezipped = zipSync({ 'c.shp': shpOf()[1] });
    expect(await messageOf([{ name: 'c.zip', bytes: rezipped }])).toBe('c.zip: the .dbf part is missing, so the features have no attributes (id); add the .dbf to the zip');
  });
});
