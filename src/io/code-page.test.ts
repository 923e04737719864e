/** A .cpg holding a Windows code-page number (as ArcGIS writes it) names the .dbf's encoding. */
import { describe, expect, it } from 'vitest';
import { readShapefile } from './read/shapefile';
import { encodingFromCodePage } from './text';
import { writeDbf } from './write/dbf';
import { WGS84_PRJ, writeShpShx } from './write/shapefile';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** "Hněvošický háj" in windows-1250 (ě, š, ý, á are single bytes there). */
const CP1250: Record<string, number> = { ě: 0xec, š: 0x9a, ý: 0xfd, á: 0xe1 };
const encode1250 = (text: string) => Uint8Array.from([...text], (c) => CP1250[c] ?? c.charCodeAt(0));

describe('encodingFromCodePage', () => {
  it.each([
    ['1250', 'windows-1250'], ['1251', 'windows-1251'], ['CP1250', 'windows-1250'], ['936', 'gbk'], ['ANSI 936', 'gbk'],
    ['65001', 'utf-8'], ['950', 'big5'], ['932', 'shift_jis'], ['874', 'windows-874'], ['28592', 'iso-8859-2'], [' "UTF-8" ', 'utf-8'],
  ])('maps %j to %s', (cpg, label) => {
    expect(encodingFromCodePage(cpg)).toBe(label);
  });

  it('gives undefined for what names no encoding', () => {
    expect(encodingFromCodePage('437')).toBeUndefined();
    expect(encodingFromCodePage('no idea')).toBeUndefined();
  });
});

describe('a Shapefile with a code-page .cpg', () => {
  const { shp } = writeShpShx('point', [{ type: 'Point', coordinates: [120.15, 30.27] }]);
  const dbf = writeDbf([{ id: 'f1', name: 'Hněvošický háj' }], undefined, encode1250);
  const read = (cpg: string) => readShapefile({ name: 'les.zip', shp, dbf, prj: utf8(WGS84_PRJ), cpg: utf8(cpg) });

  it('reads the text in that code page', () => {
    const result = read('1250');
    expect(result.ok && result.value.features[0].properties.name).toBe('Hněvošický háj');
    expect(result.ok && result.value.issues).toEqual([]);
  });

  it('says a .cpg it cannot read is not known, not that it is missing', () => {
    const result = read('437');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.issues.map((i) => i.code)).toEqual(['UNKNOWN_CPG']);
    expect(result.value.issues[0].message).toMatch(/^les\.zip: the \.cpg says "437", not an encoding known here; the \.dbf text was read as /);
    expect(result.value.issues[0].message).not.toMatch(/no \.cpg/);
  });
});
