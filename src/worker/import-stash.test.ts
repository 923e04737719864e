/**
 * The worker's side of an import: what comes back besides the features — a blob of GeoJSON
 * text from one chunk's worth of features (not for buildings), and a table's CSV text.
 */
import { describe, expect, it } from 'vitest';
import { tableCsv } from '../io/write/csv';
import type { RawFeature } from '../io';
import { BLOB_FROM_FEATURES, CHUNK_FEATURES, discardUnapplied, prepareStashed, resolveStashed, stashedFeatures } from './import-stash';
import { forgetHandedUnless, handAhead, handedToken } from './tiles/preflatten';

const encode = (text: string) => new TextEncoder().encode(text);

function idleParcels(count: number) {
  const features = Array.from({ length: count }, (_, i) => {
    const [x, y] = [120.1 + (i % 100) * 0.0003, 30.2 + Math.floor(i / 100) * 0.0003];
    return { type: 'Feature', properties: { id: `P${i}`, kind: 'vacant' }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.0001, y], [x + 0.0001, y + 0.0001], [x, y + 0.0001], [x, y]]] } };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

describe('prepareStashed', () => {
  it('sends a blob from one chunk of features, and a table as its CSV text', async () => {
    expect(BLOB_FROM_FEATURES).toBe(CHUNK_FEATURES);
    const files = [
      { name: 'idle_land.geojson', bytes: encode(idleParcels(BLOB_FROM_FEATURES)) },
      { name: 'communities.geojson', bytes: encode(idleParcels(3).replaceAll('"kind":"vacant"', '"name":"x"')) },
      { name: 'surveys.csv', bytes: encode('communityId,respondents,need_elevator\nC1,40,0.5\nC2,10,0.25\n') },
    ];
    const chunks: RawFeature[][][] = [];
    const summaries = await prepareStashed(1, files, {}, (index, features) => { (chunks[index] ??= []).push(features); });
    const byName = Object.fromEntries(summaries.map((summary, index) => [summary.fileName, { summary, features: (chunks[index] ?? []).flat() }]));
    const idle = byName['idle_land.geojson'];
    expect(idle.summary.role).toBe('idleLand');
    expect(idle.features).toHaveLength(BLOB_FROM_FEATURES);
    const text = JSON.parse(await idle.summary.blob!.text()) as { features: RawFeature[] };
    expect(text.features).toEqual(idle.features);
    expect(idle.summary.tableText).toBeUndefined();
    expect(byName['communities.geojson'].summary.blob).toBeUndefined(); // 3 features: cloned, no blob
    const surveys = byName['surveys.csv'];
    expect(surveys.summary.role).toBe('surveys');
    expect(surveys.summary.blob).toBeUndefined();
    expect(surveys.summary.tableText).toBe(tableCsv(surveys.features));
    expect(surveys.summary.tableText).toContain('communityId');
  });
});

describe('imported buildings handed ahead', () => {
  it('by their stash key: the very array setLayers puts back, known by that key once handed', async () => {
    const buildings = idleParcels(30).replaceAll('"kind":"vacant"', '"floors":6');
    const summaries = await prepareStashed(2, [{ name: 'buildings.geojson', bytes: encode(buildings) }], {}, () => {});
    expect(summaries[0].role).toBe('buildings');
    const key = summaries[0].stashKey;
    const features = resolveStashed({ buildings: { type: 'FeatureCollection', stashKey: key } as never }).buildings!.features;
    expect(stashedFeatures(key)).toBe(features);
    expect(handedToken('buildings', features)).toBeNull();
    expect(handAhead('buildings', stashedFeatures(key)!, key).count).toBe(30);
    expect(handedToken('buildings', features)).toBe(key);
    expect(handedToken('roads', features)).toBeNull(); // handed as buildings only
  });
});

describe('a cancelled import', () => {
  it('lets go of its files, features and buildings handed ahead, and keeps the loaded layers', async () => {
    const loaded = await prepareStashed(3, [{ name: 'communities.geojson', bytes: encode(idleParcels(4).replaceAll('"kind":"vacant"', '"name":"x"')) }], {}, () => {});
    const loadedKey = loaded[0].stashKey;
    resolveStashed({ communities: { type: 'FeatureCollection', stashKey: loadedKey } as never });
    const buildings = idleParcels(5).replaceAll('"kind":"vacant"', '"floors":6');
    const cancelled = await prepareStashed(4, [{ name: 'buildings.geojson', bytes: encode(buildings) }], {}, () => {});
    const cancelledKey = cancelled[0].stashKey;
    const features = stashedFeatures(cancelledKey)!;
    handAhead('buildings', features, cancelledKey);

    const held = discardUnapplied();
    forgetHandedUnless(held);
    expect(stashedFeatures(cancelledKey)).toBeUndefined();
    expect(handedToken('buildings', features)).toBeNull();
    expect(stashedFeatures(loadedKey)).toHaveLength(4);
    expect([...held]).toEqual([loadedKey]);
    // Its files are gone too: a re-run with other options has nothing to read.
    await expect(prepareStashed(4, null, {}, () => {})).rejects.toThrow('no longer held');
  });

  it('cancelled while it read: nothing is kept', async () => {
    const reading = prepareStashed(5, [{ name: 'idle_land.geojson', bytes: encode(idleParcels(10)) }], {}, () => {});
    discardUnapplied();
    expect(await reading).toEqual([]);
  });
});

describe('an applied import', () => {
  it('lets go of its files and of the preparations not applied, and keeps the layers loaded before (undo)', async () => {
    const before = await prepareStashed(6, [{ name: 'communities.geojson', bytes: encode(idleParcels(3).replaceAll('"kind":"vacant"', '"name":"x"')) }], {}, () => {});
    resolveStashed({ communities: { type: 'FeatureCollection', stashKey: before[0].stashKey } as never });

    const first = await prepareStashed(7, [{ name: 'idle_land.geojson', bytes: encode(idleParcels(8)) }], {}, () => {});
    // A re-run of the same files with other options (the dialog's fixes): another preparation.
    const second = await prepareStashed(7, null, { fixes: ['closeRings'] }, () => {});
    expect(second[0].stashKey).not.toBe(first[0].stashKey);
    const layers = resolveStashed({ communities: { type: 'FeatureCollection', stashKey: before[0].stashKey } as never, idleLand: { type: 'FeatureCollection', stashKey: second[0].stashKey } as never });
    expect(layers.idleLand!.features).toHaveLength(8);
    expect(stashedFeatures(first[0].stashKey)).toBeUndefined();
    expect(stashedFeatures(second[0].stashKey)).toHaveLength(8);
    expect(stashedFeatures(before[0].stashKey)).toHaveLength(3);
    // The files' bytes are gone: the dialog that could re-run them has closed.
    await expect(prepareStashed(7, null, {}, () => {})).rejects.toThrow('no longer held');
  });

  it('a workspace restored or layers sent again by key keep the files of an import still open', async () => {
    const open = await prepareStashed(8, [{ name: 'idle_land.geojson', bytes: encode(idleParcels(2)) }], {}, () => {});
    const restoredKey = (await import('./import-stash')).stashFeatures([] as RawFeature[]);
    resolveStashed({ idleLand: { type: 'FeatureCollection', stashKey: restoredKey } as never });
    expect(stashedFeatures(open[0].stashKey)).toHaveLength(2);
    expect(await prepareStashed(8, null, {}, () => {})).toHaveLength(1);
  });
});
